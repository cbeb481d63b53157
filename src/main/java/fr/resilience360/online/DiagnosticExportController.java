package fr.resilience360.online;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** A diagnostic's downloads, for whoever may read it: the Diag360 workbook, CSV and JSON of values and notes. */
@Controller
class DiagnosticExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DiagnosticViews views;
    private final OnlineDiagnostics diagnostics;

    DiagnosticExportController(DiagnosticViews views, OnlineDiagnostics diagnostics) {
        this.views = views;
        this.diagnostics = diagnostics;
    }

    @GetMapping("/diagnostics/{id}.xlsx")
    void workbook(@PathVariable long id, Principal principal, HttpServletResponse response) throws IOException {
        DiagnosticView view = views.view(id, principal);
        attachment(response, XLSX, view, "xlsx");
        DiagnosticExports.workbook(
                diagnostics.referential(), view.scored(), view.subjectName(), response.getOutputStream());
    }

    @GetMapping("/diagnostics/{id}.csv")
    void csv(@PathVariable long id, Principal principal, HttpServletResponse response) throws IOException {
        DiagnosticView view = views.view(id, principal);
        attachment(response, "text/csv;charset=UTF-8", view, "csv");
        DiagnosticExports.csv(view.scored(), response.getOutputStream());
    }

    @GetMapping(path = "/diagnostics/{id}.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> json(@PathVariable long id, Principal principal) {
        return DiagnosticDocument.of(views.view(id, principal).scored(), DiagnosticApiController.baseUrl());
    }

    private static void attachment(HttpServletResponse response, String type, DiagnosticView view, String extension) {
        OnlineDiagnostic d = view.diagnostic();
        String name = "diag360-" + view.territory().code() + "-"
                + (d.isPublished() ? "v" + d.version() : "brouillon-" + d.id()) + "." + extension;
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
