package fr.resilience360.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.shared.AdminCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;

class CommandClassFileTest {

    static class Constants implements AdminCommand {
        private final Object dependency;

        Constants(Object dependency) {
            this.dependency = dependency;
        }

        public String name() {
            return "constante";
        }

        public String arguments() {
            return "FICHIER";
        }

        public String description() {
            return "Décrite par des constantes.";
        }

        public boolean needsData() {
            return false;
        }

        public int run(List<String> args, PrintStream out, PrintStream err) {
            return dependency == null ? 1 : 0;
        }
    }

    static class Defaults implements AdminCommand {
        public String name() {
            return "defauts";
        }

        public String description() {
            return "Sans arguments, sur les données.";
        }

        public int run(List<String> args, PrintStream out, PrintStream err) {
            return 0;
        }
    }

    static class Computed implements AdminCommand {
        public String name() {
            return "Calculée".toLowerCase(Locale.ROOT);
        }

        public String description() {
            return "Nom calculé.";
        }

        public int run(List<String> args, PrintStream out, PrintStream err) {
            return 0;
        }
    }

    @Test
    void readsConstantMetadataFromTheBytecodeWithoutLoadingTheClass() throws Exception {
        assertThat(CommandClassFile.read(new ClassReader(Constants.class.getName())))
                .contains(new CommandClassFile.Metadata("constante", "FICHIER", "Décrite par des constantes.", false));
    }

    @Test
    void theInterfaceDefaultsApplyToMethodsACommandDoesNotDeclare() throws Exception {
        assertThat(CommandClassFile.read(new ClassReader(Defaults.class.getName())))
                .contains(new CommandClassFile.Metadata("defauts", "", "Sans arguments, sur les données.", true));
    }

    @Test
    void aComputedValueIsLeftToAnInstance() throws Exception {
        assertThat(CommandClassFile.read(new ClassReader(Computed.class.getName())))
                .isEmpty();
        assertThat(CommandCatalog.Entry.of(Computed.class.getName()).name()).isEqualTo("calculée");
    }
}
