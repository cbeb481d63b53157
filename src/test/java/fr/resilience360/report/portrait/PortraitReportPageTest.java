package fr.resilience360.report.portrait;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.shared.CommandException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The report's page and PDF are public and the same for everyone (public data only: the plan stays with the
 * territory's members); the portrait page offers the PDF; the command line writes the same PDF.
 */
@IntegrationTest
class PortraitReportPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ReportCommand command;

    @Test
    void everyCallerReadsTheSameReportWithoutThePlan() throws Exception {
        String anonymous = null;
        for (Caller caller : Caller.values()) {
            String email = caller.signIn(accounts);
            for (String path : List.of("/rapport", "/rapport.pdf")) {
                var request = mvc.get().uri("/territoires/" + LORIENT_AGGLO + path);
                MvcTestResult result = email == null
                        ? request.exchange()
                        : request.with(OnlineFixtures.as(email)).exchange();
                caller.gets(result, 200, path);
            }
            String html = page(email);
            assertThat(html)
                    .contains("Télécharger le rapport (PDF)", "Sources et licences")
                    .contains("ne figurent pas dans ce rapport public");
            if (anonymous == null) anonymous = withoutVolatile(html);
            else assertThat(withoutVolatile(html)).as(caller.name()).isEqualTo(anonymous);
        }
    }

    @Test
    void thePortraitPageOffersTheReportInPdf() throws Exception {
        MvcTestResult result =
                mvc.get().uri("/territoires/" + LORIENT_AGGLO + "/diagnostic").exchange();
        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("Télécharger le rapport (PDF)", "/territoires/" + LORIENT_AGGLO + "/rapport.pdf");
    }

    @Test
    void theCommandWritesTheSamePdf(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lorient.pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of(LORIENT_AGGLO, "--pdf", file.toString()), System.out, new PrintStream(err));
        assertThat(code).isZero();
        assertThat(err.toString()).contains("Rapport de CA Lorient Agglomération écrit");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Portrait de résilience");
        }
        assertThatThrownBy(() -> command.run(List.of(LORIENT_AGGLO), System.out, System.err))
                .isInstanceOf(CommandException.class)
                .hasMessage(ReportCommand.USAGE);
        assertThatThrownBy(() -> command.run(List.of(LORIENT_AGGLO, "--html", "x"), System.out, System.err))
                .isInstanceOf(CommandException.class);
    }

    @Test
    void theBatchWritesEveryRegionsReportAndASecondRunSkipsThem(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = List.of("--all", "--type", "region", "--out", dir.toString());

        assertThat(command.run(args, System.out, new PrintStream(err))).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .hasSize(18)
                    .contains("rapport-reg-53.pdf")
                    .allSatisfy(name -> assertThat(name).endsWith(".pdf"));
        }
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("rapport-reg-53.pdf")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Bretagne");
        }
        assertThat(err.toString()).contains("18/18 rapports", "18 écrits, 0 déjà là, 0 en échec");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(command.run(args, System.out, new PrintStream(again))).isZero();
        assertThat(again.toString()).contains("18 rapport(s) déjà écrit(s) : sautés.", "0 écrits, 18 déjà là");
        assertThatThrownBy(() -> command.run(
                        List.of("--all", "--type", "canton", "--out", dir.toString()), System.out, System.err))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Type inconnu : « canton »");
    }

    private String page(String email) throws Exception {
        var request = mvc.get().uri("/territoires/" + LORIENT_AGGLO + "/rapport");
        return (email == null
                        ? request.exchange()
                        : request.with(OnlineFixtures.as(email)).exchange())
                .getResponse()
                .getContentAsString();
    }

    /** The page without what differs by request (the header's sign-in links, the CSRF token). */
    private static String withoutVolatile(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }
}
