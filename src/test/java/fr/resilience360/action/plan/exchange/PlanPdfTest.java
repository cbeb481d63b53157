package fr.resilience360.action.plan.exchange;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.action.plan.ActionInput;
import fr.resilience360.action.plan.PlanAction;
import fr.resilience360.action.plan.PlanDetails;
import fr.resilience360.action.plan.Plans;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The plan's PDF, read back as a reader would: its real text holds the dashboard, each action with its lateness
 * derived from the dates, its milestones, indicators, budget and notes; title and language are set, the text is
 * tagged and its only font embedded.
 */
@IntegrationTest
class PlanPdfTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Plans plans;

    @Autowired
    PlanDetails details;

    @Autowired
    Territories territories;

    @Test
    void thePdfPrintsThePlanWithEachActionsDetailsAndItsDerivedLateness() throws Exception {
        String reader = OnlineFixtures.member(accounts, Role.LECTEUR, LORIENT_AGGLO);
        String title = "Imprimer " + UUID.randomUUID().toString().substring(0, 8);
        String by = "pdf@exemple.fr";
        PlanAction a = plans.add(territories.require(LORIENT_AGGLO), null, null, late(title), by);
        details.addMilestone(a, "Jalon " + title, "2025-03-31", by);
        details.addIndicator(a, "Repas " + title, "%", "2024", "cantine", by);
        details.addBudget(a, "2027", "investissement", "1234,56", "10", by);
        details.addNote(a, "Note « " + title + " »", by);

        byte[] bytes = download(reader);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/plan-action.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Tableau de bord", "Actions par priorité", "Priorisation")
                    .contains(title, "Jalon " + title, "Repas " + title, "Note « " + title + " »")
                    .contains("en retard", "1 234,56");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .startsWith("Plan d'action")
                    .contains("Lorient");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(fontsOfFirstPage(pdf))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    private byte[] download(String reader) {
        MvcTestResult result = mvc.get()
                .uri("/territoires/" + LORIENT_AGGLO + "/plan/export.pdf")
                .with(OnlineFixtures.as(reader))
                .exchange();
        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".pdf");
        return result.getResponse().getContentAsByteArray();
    }

    private static List<PDFont> fontsOfFirstPage(PDDocument pdf) throws Exception {
        var resources = pdf.getPage(0).getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (var name : resources.getFontNames()) fonts.add(resources.getFont(name));
        return fonts;
    }

    /** An action in progress whose due date is past: late, though no one said so. */
    private static ActionInput late(String title) {
        return new ActionInput(
                title,
                "Essai d'impression",
                "en-cours",
                "2024-01-01",
                "2025-06-30",
                null,
                "Mme Essai",
                null,
                null,
                null,
                List.of("bv1"),
                List.of(),
                null,
                null,
                null,
                List.of());
    }
}
