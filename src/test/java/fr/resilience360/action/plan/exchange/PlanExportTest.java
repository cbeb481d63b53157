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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A plan's exports: the CSV's columns never move, the workbook holds every sheet and each action's values. */
@IntegrationTest
class PlanExportTest {

    static final String API = "/api/v1/territoires/" + LORIENT_AGGLO + "/plan";

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
    void theCsvHasTheDocumentedColumnsSemicolonsAndAByteOrderMark() throws Exception {
        String reader = OnlineFixtures.member(accounts, Role.LECTEUR, LORIENT_AGGLO);
        String title = "Export CSV ; « guillemets » " + UUID.randomUUID();
        plans.add(territories.require(LORIENT_AGGLO), null, null, custom(title), "export@exemple.fr");
        MvcTestResult csv =
                mvc.get().uri(API + ".csv").with(OnlineFixtures.as(reader)).exchange();
        assertThat(csv).hasStatus(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String body = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFid;parent;catalogue;titre;description;statut;debut;echeance;pilote;pilote_nom;"
                        + "elu_referent;partenaires;justification_type;justification_reference;justification_texte;"
                        + "besoins;leviers;cout;difficulte;delai;cobenefices;en_retard_deduit;priorite_deduite");
        assertThat(body)
                .contains(";\"" + title + "\";Essai;en-cours;2026-01-01;2026-06-30;;Mme Essai;;;;;;"
                        + "bv1|bv2;p1-l1;moins-10k;faible;court;climat;");
    }

    @Test
    void theWorkbookHoldsEverySheetAndTheBudgetMilestonesIndicatorsPointsAndNotes() throws Exception {
        String reader = OnlineFixtures.member(accounts, Role.LECTEUR, LORIENT_AGGLO);
        String title = "Export XLSX " + UUID.randomUUID();
        String by = "export@exemple.fr";
        PlanAction a = plans.add(territories.require(LORIENT_AGGLO), null, null, custom(title), by);
        details.addBudget(a, "2027", "investissement", "1234,56", "10", by);
        details.addMilestone(a, "Étude " + title, "2027-03-31", by);
        long indicator = details.addIndicator(a, "Repas " + title, "%", "2024", "cantine", by);
        var view = plans.require(LORIENT_AGGLO, a.id());
        details.setPoint(
                view,
                new fr.resilience360.action.plan.Details.Indicator(indicator, a.id(), "", "", 2024, "", List.of()),
                "2030",
                "objectif",
                "42,5",
                by);
        details.addNote(a, "Note " + title, "auteur@exemple.fr");
        MvcTestResult xlsx = mvc.get()
                .uri("/territoires/" + LORIENT_AGGLO + "/plan/export.xlsx")
                .with(OnlineFixtures.as(reader))
                .exchange();
        assertThat(xlsx).hasStatus(200);
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7).stream().map(workbook::getSheetName))
                    .containsExactly(
                            "Actions",
                            "Budget",
                            "Jalons",
                            "Indicateurs",
                            "Points",
                            "Notes",
                            "Pondérations",
                            "Lisez-moi");
            String id = String.valueOf(a.id());
            assertThat(rowOf(workbook.getSheet("Actions"), id)).contains(title, "en-cours", "2026-06-30", "bv1|bv2");
            assertThat(rowOf(workbook.getSheet("Budget"), id))
                    .containsExactly(id, "2027", "investissement", "1234.56", "10");
            assertThat(rowOf(workbook.getSheet("Jalons"), id)).containsExactly(id, "Étude " + title, "2027-03-31");
            List<String> note = rowOf(workbook.getSheet("Notes"), id);
            assertThat(note).hasSize(4).contains(id, "auteur@exemple.fr", "Note " + title);
            assertThat(note.get(1)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            assertThat(rowOf(workbook.getSheet("Points"), String.valueOf(indicator)))
                    .containsExactly(String.valueOf(indicator), "2030", "objectif", "42.5");
        }
    }

    static ActionInput custom(String title) {
        return new ActionInput(
                title,
                "Essai",
                "en-cours",
                "2026-01-01",
                "2026-06-30",
                null,
                "Mme Essai",
                null,
                null,
                null,
                List.of("bv1", "bv2"),
                List.of("p1-l1"),
                "moins-10k",
                "faible",
                "court",
                List.of("climat"));
    }

    /** The cells of the first row whose first cell is {@code first}, as shown (empty cells left out at the end). */
    static List<String> rowOf(Sheet sheet, String first) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        for (Row row : sheet) {
            if (!f.formatCellValue(row.getCell(0)).equals(first)) continue;
            List<String> cells = new java.util.ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) cells.add(f.formatCellValue(row.getCell(c)));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            return cells;
        }
        throw new AssertionError("aucune ligne « " + first + " » dans " + sheet.getSheetName());
    }
}
