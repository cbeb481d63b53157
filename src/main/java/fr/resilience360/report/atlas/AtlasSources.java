package fr.resilience360.report.atlas;

import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.vulnerability.ClimateHorizon;
import fr.resilience360.vulnerability.ExposureMaps;
import fr.resilience360.vulnerability.Hazard;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads what a national map shows from the modules that hold it, each by key for a whole level: an indicator's values
 * (observatory), the precomputed pre-filled need scores (comparison), the exposures (vulnerability, computed once per
 * data version), the typology (in memory, {@link TypologyMaps}). Nothing here scans the country per request: the
 * result is kept by {@link AtlasMaps}.
 */
@Component
class AtlasSources {

    static final String CONTOURS = "Contours IGN ADMIN EXPRESS, Licence Ouverte 2.0";

    private final Observatory observatory;
    private final ReferenceScores scores;
    private final ExposureMaps exposures;
    private final TypologyMaps typology;
    private final TerritoryDirectory directory;
    private final List<Need> needs;

    AtlasSources(
            Observatory observatory,
            ReferenceScores scores,
            ExposureMaps exposures,
            TypologyMaps typology,
            TerritoryDirectory directory,
            Referentials referentials) {
        this.observatory = observatory;
        this.scores = scores;
        this.exposures = exposures;
        this.typology = typology;
        this.directory = directory;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
    }

    List<Indicator> indicators() {
        return observatory.indicators().stream()
                .sorted(Comparator.comparing(Indicator::label))
                .toList();
    }

    List<Need> needs() {
        return needs;
    }

    List<Hazard> hazards() {
        return exposures.hazards();
    }

    /**
     * The DRIAS horizon a variable is read at: for an exposure whose rule reads DRIAS indices, the one asked for (the
     * nearest when absent; an unknown one is a French error naming {@code horizon}); none for any other variable.
     */
    Optional<ClimateHorizon> horizon(MapVariable variable, String horizon) {
        if (variable.kind() != MapKind.EXPOSITION) return Optional.empty();
        return exposures.hazard(variable.id()).filter(exposures::readsHorizon).map(h -> ClimateHorizon.parse(horizon));
    }

    AtlasMap map(MapVariable variable, TerritoryType level, String annee, Optional<ClimateHorizon> horizon) {
        return switch (variable.kind()) {
            case INDICATEUR -> indicator(variable, level, annee);
            case BESOIN -> need(variable, level);
            case EXPOSITION -> exposure(variable, level, horizon);
            case TYPOLOGIE -> typology.map(variable, level, rows(level));
        };
    }

    private AtlasMap indicator(MapVariable variable, TerritoryType level, String annee) {
        Indicator indicator = observatory.indicator(variable.id()).orElseThrow(() -> MapVariable.unknown(variable));
        List<String> periods = observatory.periods(indicator.id()).stream()
                .map(ObservationPeriod::toString)
                .toList();
        if (periods.isEmpty()) throw MapVariable.unknown(variable);
        String period = annee == null || annee.isBlank() ? periods.get(periods.size() - 1) : annee;
        if (!periods.contains(period))
            throw new BadParameterException(
                    "annee", "Période « " + annee + " » absente pour cet indicateur : attendu " + periods + ".");
        Map<String, Double> values = observatory.valuesAt(indicator.id(), ObservationPeriod.parse(period), level);
        Dataset dataset = observatory.dataset(indicator.datasetId()).orElse(null);
        String source = dataset == null
                ? "Source : observatoire Résilience 360. " + CONTOURS + "."
                : "Source : " + dataset.title() + " — " + dataset.producer() + ", millésime " + dataset.vintage() + ", "
                        + dataset.licence() + ". " + CONTOURS + ".";
        String title = indicator.label() + (indicator.unit().isBlank() ? "" : " (" + indicator.unit() + ")");
        Scale scale = new Scale(period, periods, title, indicator.unit(), source, indicator.decimals(), false);
        return numbers(variable, level, scale, values, MapClasses.quintiles(array(values), indicator.decimals()));
    }

    private AtlasMap need(MapVariable variable, TerritoryType level) {
        Need need = needs.stream()
                .filter(n -> n.id().equals(variable.id()))
                .findFirst()
                .orElseThrow(() -> MapVariable.unknown(variable));
        Map<String, Double> values = new HashMap<>();
        scores.allNeedScores(level).forEach((territory, byNeed) -> {
            Double score = byNeed.get(need.id());
            if (score != null) values.put(territory, score);
        });
        String computed = scores.provenance()
                .map(p -> "calculés le " + p.computedAt().toLocalDate())
                .orElse("non calculés");
        String source = "Source : Diagnostic 360° (" + Referentials.DIAG360 + ") prérempli avec les données ouvertes"
                + " de l'observatoire, scores " + computed + ". " + CONTOURS + ".";
        String title = "Score du besoin « " + need.name() + " » (0 à 1)";
        Scale scale = new Scale("scores " + computed, List.of(), title, "", source, 2, false);
        return numbers(variable, level, scale, values, MapClasses.quintiles(array(values), 2));
    }

    private AtlasMap exposure(MapVariable variable, TerritoryType level, Optional<ClimateHorizon> horizon) {
        Hazard hazard = exposures.hazard(variable.id()).orElseThrow(() -> MapVariable.unknown(variable));
        ClimateHorizon at = horizon.orElse(ClimateHorizon.DEFAULT);
        Map<String, Double> values = exposures.of(hazard, level, at);
        String title = "Exposition : " + hazard.label() + " (0 à 1)";
        String source = "Source : exposition calculée par Résilience 360 sur les données ouvertes de l'observatoire";
        String period = "données les plus récentes";
        if (horizon.isPresent()) {
            title += ", horizon " + at.code() + " (TRACC-2023, " + warming(at) + ")";
            source += " (indices DRIAS de la trajectoire de réchauffement de référence TRACC-2023, médiane de 17"
                    + " modèles, à l'horizon " + at.code() + " : " + at.label() + ")";
            period = "horizon " + at.code();
        }
        source += ", sinon déclarée par la collectivité. " + CONTOURS + ".";
        Scale scale = new Scale(period, List.of(), title, "", source, 2, true);
        return numbers(variable, level, scale, values, MapClasses.exposureLevels());
    }

    /** « +2 °C dans le monde », from the horizon's label « décennie 2050 : +2 °C dans le monde, environ … ». */
    static String warming(ClimateHorizon horizon) {
        String label = horizon.label();
        String after = label.substring(label.indexOf(':') + 1).strip();
        int comma = after.indexOf(", ");
        return comma < 0 ? after : after.substring(0, comma);
    }

    /**
     * How a number variable is shown.
     *
     * @param lowerBounds whether a value equal to a class bound is in the upper class (exposure levels)
     */
    private record Scale(
            String period,
            List<String> periods,
            String title,
            String unit,
            String source,
            int decimals,
            boolean lowerBounds) {}

    /** The map with a row per territory of the level, each number in its class. */
    private AtlasMap numbers(
            MapVariable variable, TerritoryType level, Scale scale, Map<String, Double> values, MapClasses classes) {
        String unit = scale.unit().isBlank() ? "" : " " + scale.unit();
        List<AtlasMap.Row> rows = rows(level).stream()
                .map(t -> {
                    Double v = values.get(t.id());
                    if (v == null) return new AtlasMap.Row(t, null, null, ChoroplethMap.MISSING.label());
                    String text = MapClasses.format(v, scale.decimals()) + unit;
                    return new AtlasMap.Row(t, v, classes.classOf(v, scale.lowerBounds()), text);
                })
                .toList();
        return new AtlasMap(
                variable,
                level,
                scale.period(),
                scale.periods(),
                scale.title(),
                scale.unit(),
                scale.source(),
                classes.classes(),
                rows,
                true);
    }

    private static double[] array(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The territories of a level, by official code. */
    private List<TerritorySummary> rows(TerritoryType level) {
        return directory.ofType(level).stream()
                .sorted(Comparator.comparing(TerritorySummary::code))
                .toList();
    }
}
