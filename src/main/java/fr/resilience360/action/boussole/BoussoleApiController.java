package fr.resilience360.action.boussole;

import fr.resilience360.action.Catalogue;
import fr.resilience360.online.Rights;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A territory's Boussole assessments, for its members ({@link BoussoleAccess}). */
@RestController
@Tag(name = "Actions")
class BoussoleApiController {

    private static final String PATH = "/api/v1/territoires/{code}/boussole";

    private final Territories territories;
    private final BoussoleAssessments assessments;
    private final BoussoleAccess access;
    private final Catalogue catalogue;

    BoussoleApiController(
            Territories territories, BoussoleAssessments assessments, BoussoleAccess access, Catalogue catalogue) {
        this.territories = territories;
        this.assessments = assessments;
        this.access = access;
        this.catalogue = catalogue;
    }

    /**
     * The body of an assessment: {@code {"titre": "…", "nature": "projet", "description": "…", "reponses": {"p1-l1":
     * "pleinement", …}, "commentaires": {"p1-l1": "…"}}}.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationBoussoleSaisie")
    record Body(
            String titre,
            String nature,
            String description,
            Map<String, String> reponses,
            Map<String, String> commentaires) {

        AssessmentInput input() {
            return new AssessmentInput(titre, nature, description, reponses, commentaires);
        }
    }

    @Operation(summary = "Les évaluations Boussole d'un territoire et la couverture de chaque principe (membres)")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<BoussoleJson.Summary> list(@PathVariable String code, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.reader(principal, territory.id(), false);
        return assessments.of(territory).stream().map(BoussoleJson::summary).toList();
    }

    @Operation(summary = "Une évaluation : réponses, couverture par principe, leviers à renforcer et actions (membres)")
    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    BoussoleJson one(@PathVariable String code, @PathVariable long id, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.reader(principal, territory.id(), false);
        return json(assessments.require(territory, id));
    }

    @Operation(
            summary = "Enregistre une évaluation (contributeur, éditeur ou administrateur)",
            description = "Corps : {\"titre\": \"Plan vélo\", \"nature\": \"projet\", \"reponses\": {\"p1-l1\":"
                    + " \"pleinement\", … les 18 leviers}, \"commentaires\": {\"p1-l1\": \"…\"}}.")
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BoussoleJson> create(
            @PathVariable String code, @RequestBody(required = false) Body body, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.creator(principal, territory.id(), false);
        long id = assessments.create(territory, given(body).input(), principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/territoires/" + territory.id() + "/boussole/" + id)
                .body(json(assessments.require(territory, id)));
    }

    @Operation(summary = "Remplace une évaluation (éditeur, administrateur, ou contributeur qui l'a créée)")
    @PutMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    BoussoleJson update(
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody(required = false) Body body,
            Principal principal) {
        TerritorySummary territory = territories.require(code);
        Rights rights = access.member(principal, territory.id(), false);
        Assessment assessment = assessments.require(territory, id);
        access.editor(rights, assessment);
        assessments.update(assessment, given(body).input(), principal.getName());
        return json(assessments.require(territory, id));
    }

    @Operation(summary = "Supprime une évaluation (éditeur ou administrateur)")
    @DeleteMapping(path = PATH + "/{id}")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.deleter(principal, territory.id(), false);
        assessments.delete(assessments.require(territory, id));
        return ResponseEntity.noContent().build();
    }

    private BoussoleJson json(Assessment assessment) {
        return BoussoleJson.of(assessment, BoussoleReading.suggestions(assessment.grid(), catalogue::serving));
    }

    private static Body given(Body body) {
        return body == null ? new Body(null, null, null, null, null) : body;
    }
}
