package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.Criterion;
import fr.resilience360.action.plan.PlanStatus;
import fr.resilience360.action.plan.PlanView;
import fr.resilience360.action.plan.PlanViews;
import fr.resilience360.action.plan.Plans;
import fr.resilience360.shared.PrintedDocuments;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

/**
 * A territory's plan as an XLSX workbook or a CSV of its actions ({@link PlanTables}, {@link PlanFiles}), or a PDF to
 * print (template {@code action/plan-pdf}: dashboard, actions by priority with their details, weights).
 */
@Service
class PlanExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";
    static final String PDF = "application/pdf";

    private final PlanViews views;
    private final Plans plans;
    private final PrintedDocuments documents;

    PlanExports(PlanViews views, Plans plans, PrintedDocuments documents) {
        this.views = views;
        this.plans = plans;
        this.documents = documents;
    }

    Map<String, PlanTables.Table> tables(TerritorySummary territory) {
        PlanView view = views.of(territory, today());
        return PlanTables.of(view, a -> plans.pilotEmail(territory, a.action()));
    }

    void xlsx(TerritorySummary territory, HttpServletResponse response) throws IOException {
        PlanView view = views.of(territory, today());
        var tables = PlanTables.of(view, a -> plans.pilotEmail(territory, a.action()));
        attachment(response, XLSX, territory, "xlsx");
        PlanFiles.xlsx(
                tables, PlanReadme.of(view.title(), territory.name(), today().toString()), response.getOutputStream());
    }

    void csv(TerritorySummary territory, HttpServletResponse response) throws IOException {
        var table = tables(territory).get(PlanColumns.ACTIONS);
        attachment(response, CSV, territory, "csv");
        PlanFiles.csv(table, response.getOutputStream());
    }

    void pdf(TerritorySummary territory, HttpServletResponse response) throws IOException {
        PlanView view = views.of(territory, today());
        byte[] pdf = documents.pdf(
                "action/plan-pdf",
                Map.of(
                        "view", view,
                        "territory", territory,
                        "today", today(),
                        "actions", PlanViews.sorted(view.actions(), "priorite"),
                        "statuses", PlanStatus.values(),
                        "criteria", Criterion.values(),
                        "planUrl", documents.baseUrl() + "/territoires/" + territory.id() + "/plan"));
        attachment(response, PDF, territory, "pdf");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static void attachment(HttpServletResponse response, String type, TerritorySummary t, String extension) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("plan-" + t.id() + "-" + today() + "." + extension)
                        .build()
                        .toString());
    }
}
