package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.shared.CommandException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgToolsTest {

    @TempDir
    Path bin;

    @Test
    void missingToolsAreAFrenchErrorSayingHowToInstallThem() {
        assertThatThrownBy(() -> PgTools.find(Optional.of(bin)))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("pg_dump et pg_restore introuvables dans " + bin)
                .hasMessageContaining("resilience360.backup.pg-bin")
                .hasMessageContaining("deploy/pg-client/install.sh");
    }

    @Test
    void toolsOlderThanTheServerAreRefusedWithHowToInstallNewerOnes() throws Exception {
        fakeTool("pg_dump", "pg_dump (PostgreSQL) 15.18");
        fakeTool("pg_restore", "pg_restore (PostgreSQL) 15.18");

        PgTools tools = PgTools.find(Optional.of(bin));

        assertThat(tools.major()).isEqualTo(15);
        assertThatThrownBy(() -> tools.requireAtLeast(17))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("version 15 de PostgreSQL, trop ancienne pour le serveur (version 17)")
                .hasMessageContaining("deploy/pg-client/install.sh");
        assertThat(tools.requireAtLeast(15)).isSameAs(tools);
    }

    private void fakeTool(String name, String version) throws Exception {
        Path tool = bin.resolve(name);
        Files.writeString(tool, "#!/bin/sh\necho '" + version + "'\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
