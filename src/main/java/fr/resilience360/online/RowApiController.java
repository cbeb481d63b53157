package fr.resilience360.online;

import fr.resilience360.referential.IndicatorRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/v1/diagnostics/{id}/valeurs/{row}}: sets one row of a draft, {@code row} being the workbook's row
 * number (an id repeats across needs). The row's revision is its ETag; the request must send the one it read in
 * {@code If-Match} (428 without, 409 with the current row when someone changed it in between).
 */
@RestController
@Tag(name = "Diagnostics")
class RowApiController {

    /** The body: {@code valeur} as a person would type it (« 12,5 », « 45 % », a label), and its companions. */
    record ValueBody(String valeur, String commentaire, String source, String justification) {}

    private final OnlineDiagnostics diagnostics;
    private final DiagnosticAccess access;
    private final RowEdits edits;

    RowApiController(OnlineDiagnostics diagnostics, DiagnosticAccess access, RowEdits edits) {
        this.diagnostics = diagnostics;
        this.access = access;
        this.edits = edits;
    }

    @Operation(summary = "Renseigne une ligne d'un brouillon (If-Match : la révision lue ; 409 si elle a changé)")
    @PutMapping("/api/v1/diagnostics/{id}/valeurs/{row}")
    ResponseEntity<Map<String, Object>> put(
            @PathVariable long id,
            @PathVariable int row,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ValueBody body,
            Principal principal) {
        OnlineDiagnostic draft = access.visible(diagnostics.require(id), principal);
        RowEntry current = edits.require(draft, row);
        if (!access.mayEdit(principal, draft, current))
            throw new AccessDeniedException("Vous ne pouvez pas modifier la ligne " + row + " de ce diagnostic.");
        if (ifMatch == null) return preconditionRequired(current);
        IndicatorRow definition = IndicatorRows.of(diagnostics.referential(), row);
        RowEdit edit = new RowEdit(
                ValueInputRule.parse(definition, body.valeur()),
                body.commentaire(),
                body.source(),
                body.justification());
        RowEntry saved = edits.update(draft, row, edit, Revisions.parse(ifMatch), principal.getName());
        return ResponseEntity.ok().eTag(Revisions.etag(saved)).body(json(saved));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleRowException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflit de modification");
        problem.setProperty("ligne_actuelle", json(e.current()));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .eTag(Revisions.etag(e.current()))
                .body(problem);
    }

    private static ResponseEntity<Map<String, Object>> preconditionRequired(RowEntry current) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "En-tête If-Match requis");
        problem.put("status", 428);
        problem.put(
                "detail",
                "Envoyez la révision lue dans « If-Match » (ici " + Revisions.etag(current)
                        + ") : une modification concurrente serait sinon écrasée sans que personne le sache.");
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
                .eTag(Revisions.etag(current))
                .body(problem);
    }

    static Map<String, Object> json(RowEntry row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("row", row.sheetRow());
        item.put("id", row.indicatorId());
        item.put("valeur", row.value().display());
        item.put("commentaire", row.comment());
        item.put("source", row.source());
        item.put("origine", row.origin().code());
        item.put("revision", row.revision());
        item.put("modifie_par", row.updatedBy());
        return item;
    }
}
