package fr.resilience360.comparison;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryResolution;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A territory's pre-filled need scores beside a reference territory's and the quartiles of similar territories. */
@RestController
@RequestMapping(path = "/api/v1/territoires", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Diagnostic 360°")
class ComparisonApiController {

    private final Territories territories;
    private final ReferenceScores scores;

    ComparisonApiController(Territories territories, ReferenceScores scores) {
        this.territories = territories;
        this.scores = scores;
    }

    @GetMapping("/{code}/besoins/comparaison")
    @Operation(
            summary = "Scores des 11 besoins du diagnostic prérempli, comparés aux territoires semblables",
            description = "Scores préremplis avec les données ouvertes (0 à 1, null quand aucun indicateur du besoin"
                    + " n'est prérempli), quartiles des territoires semblables (même niveau, nature d'EPCI, densité,"
                    + " département ou région ; groupe élargi sous 5 territoires) et, sur demande, d'un territoire de"
                    + " référence. Calculés à chaque chargement des données. Règles : docs/comparisons.md.")
    ComparisonJson comparison(
            @PathVariable String code,
            @Parameter(description = "Code d'un territoire de référence (SIREN, INSEE, dep-XX, reg-XX)")
                    @RequestParam(required = false, name = "reference")
                    String referenceCode) {
        TerritorySummary territory = territories.require(code);
        var own = scores.needScores(territory.id()).orElseThrow(() -> notComputed(territory));
        var similar = scores.similarDistribution(territory.id()).orElseThrow(() -> notComputed(territory));
        Optional<TerritorySummary> reference =
                Optional.ofNullable(referenceCode).filter(c -> !c.isBlank()).map(this::reference);
        List<ReferenceScores.NeedValue> referenceScores = reference
                .map(r -> scores.needScores(r.id()).orElseThrow(() -> notComputed(r)))
                .orElse(null);
        return ComparisonJson.of(territory, own, similar, reference.orElse(null), referenceScores);
    }

    /** The reference territory a code designates; a code that designates none or several is a bad parameter. */
    private TerritorySummary reference(String code) {
        TerritoryResolution resolution = territories.lookUp(code.strip());
        if (resolution instanceof TerritoryResolution.Found found) return found.territory();
        throw new BadParameterException(
                "reference",
                resolution instanceof TerritoryResolution.Ambiguous
                        ? "Le code « " + code + " » désigne plusieurs territoires : préfixez-le (dep-53, reg-53)."
                        : "Aucun territoire n'a le code « " + code + " ».");
    }

    private static NotFoundException notComputed(TerritorySummary t) {
        return new NotFoundException(
                "Scores non calculés",
                "Pas de scores de référence pour « " + t.name()
                        + " » : ils sont calculés pour les régions, départements,"
                        + " EPCI et communes, après chaque chargement des données.");
    }
}
