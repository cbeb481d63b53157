package fr.resilience360.diagnostic.prefill;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.referential.Scale;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Pre-fills a Diag360 diagnostic with the observatory's values: each row it can feed gets the value of the territory,
 * converted to the scale of the row's thresholds (fraction or percent), with its source, its method and the note the
 * Diag360 scoring engine gives it (0 to 1, as the workbook's column J).
 */
@Service
public class Diag360Prefill {

    public static final String REFERENTIAL = "diag360-1.3.5";

    private final Observatory observatory;
    private final TerritoryDirectory directory;
    private final Referential referential;
    private final DiagnosticScoring scoring;

    Diag360Prefill(Observatory observatory, TerritoryDirectory directory, Referentials referentials) {
        this.observatory = observatory;
        this.directory = directory;
        this.referential = referentials.byId(Referentials.DIAG360);
        this.scoring = new DiagnosticScoring(referential);
    }

    private static final List<String> INDICATORS = PrefillRules.RULES.stream()
            .flatMap(r -> r.indicatorIds().stream())
            .distinct()
            .toList();

    public record Territoire(String code, String nom) {}

    public record Valeur(
            String id,
            Double valeur,
            String unite,
            String echelle,
            Integer annee,
            String source,
            String methode,
            Double couverture,
            Double note,
            String approximation,
            String indicateur) {}

    /** A row the rules feed but for which this territory has no value, with the reason in plain French. */
    public record Manquant(String id, String raison) {}

    /**
     * @param indicateurs the pre-filled rows; {@code approximation} is null when the figure is the Diag360 one
     * @param manquants the rows a rule could feed that stay to be declared here, with why
     */
    public record Prefill(
            Territoire territoire, String referentiel, List<Valeur> indicateurs, List<Manquant> manquants) {}

    /**
     * The rows the observatory can fill for a territory, and the rows its rules cannot fill there (with why), in three
     * reads whatever the number of rows: the territory's and its département's latest values of the indicators the rules name, and the catalogue of datasets.
     */
    public Prefill prefill(TerritorySummary territory) {
        return prefillAll(List.of(territory)).get(territory.id());
    }

    /**
     * The pre-fill of many territories, by territory id, with one read of the observatory for them all and their
     * départements (for the precomputations that read a whole level: ask for a few hundred at a time).
     */
    public Map<String, Prefill> prefillAll(Collection<TerritorySummary> territories) {
        Map<String, TerritorySummary> departements = new HashMap<>();
        territories.forEach(t -> departements.put(t.id(), directory.mainDepartement(t)));
        Set<String> ids = new HashSet<>();
        territories.forEach(t -> ids.add(t.id()));
        departements.values().forEach(d -> ids.add(d.id()));
        Map<String, Map<String, IndicatorValue>> latest = observatory.latest(ids, INDICATORS);
        Map<String, Prefill> out = new LinkedHashMap<>();
        for (TerritorySummary t : territories)
            out.put(t.id(), prefill(Subject.of(t), departements.get(t.id()), latest));
        return out;
    }

    /**
     * The pre-fill of a group of communes that is no territory of the division: each indicator aggregated over the
     * communes with its rule, as for an EPCI ({@link Observatory#latestOfCommunes}); the rules scoped to the
     * département read the one holding most of the group's population. Its {@code territoire} has code
     * {@code groupe} and the group's name.
     */
    public Prefill prefillGroup(String name, Collection<String> communeIds) {
        Map<String, Map<String, IndicatorValue>> latest = new HashMap<>();
        TerritorySummary departement = directory.mainDepartement(communeIds).orElse(null);
        if (departement != null) latest.putAll(observatory.latest(List.of(departement.id()), INDICATORS));
        latest.put(GROUP, observatory.latestOfCommunes(communeIds, INDICATORS));
        Subject group = new Subject(GROUP, GROUP, name, "groupe de " + communeIds.size() + " communes");
        return prefill(group, departement, latest);
    }

    private static final String GROUP = "groupe";

    /** What is pre-filled: a territory, or a group of communes ({@code level} names it in the method text). */
    private record Subject(String id, String code, String name, String level) {
        static Subject of(TerritorySummary t) {
            return new Subject(t.id(), t.code(), t.name(), t.type().code());
        }
    }

    private Prefill prefill(
            Subject territory, TerritorySummary departement, Map<String, Map<String, IndicatorValue>> latest) {
        List<Valeur> rows = new ArrayList<>();
        List<Manquant> missing = new ArrayList<>();
        for (PrefillRules.Rule rule : PrefillRules.RULES) {
            boolean own = rule.scope() != PrefillRules.Scope.DEPARTEMENT || departement == null;
            String scope = own ? territory.id() : departement.id();
            Map<String, IndicatorValue> values = latest.getOrDefault(scope, Map.of());
            List<IndicatorValue> inputs = rule.indicatorIds().stream()
                    .map(values::get)
                    .filter(Objects::nonNull)
                    .toList();
            if (inputs.size() == rule.indicatorIds().size()) rows.add(valeur(rule, inputs, territory, scope));
            else missing.add(new Manquant(rule.rowId(), absence(rule, values, scope.equals(GROUP))));
        }
        return new Prefill(new Territoire(territory.code(), territory.name()), REFERENTIAL, rows, missing);
    }

    /**
     * The scores of a pre-fill: pre-filled rows get their value, every other row stays empty (missing, never zero);
     * the rows' notes, the needs', categories' and objectives' scores.
     */
    public fr.resilience360.diagnostic.Diagnostic score(Prefill prefill) {
        Map<String, Double> values = new HashMap<>();
        prefill.indicateurs().forEach(v -> values.putIfAbsent(v.id(), v.valeur()));
        CellValue[] answers = new CellValue[referential.rows().size()];
        for (int i = 0; i < answers.length; i++) {
            Double v = values.get(referential.rows().get(i).id());
            answers[i] = v == null ? CellValue.empty() : CellValue.number(v);
        }
        return scoring.score(answers);
    }

    private String absence(PrefillRules.Rule rule, Map<String, IndicatorValue> values, boolean group) {
        if (rule.absence() != null) return rule.absence();
        String id = rule.indicatorIds().stream()
                .filter(i -> !values.containsKey(i))
                .findFirst()
                .orElseThrow();
        Indicator indicator = observatory.indicator(id).orElse(null);
        String label = indicator == null ? id : indicator.label();
        if (group
                && indicator != null
                && !Observatory.aggregatesGroups(indicator.aggregation().rule()))
            return "« " + label + " » ne se calcule pas pour un groupe de communes (règle : "
                    + indicator.aggregation().rule().label()
                    + ") : seules les valeurs publiées pour un territoire officiel, ou calculées sur son contour, existent.";
        return "Pas de valeur de « " + label + " » pour ce " + (group ? "groupe" : "territoire")
                + " dans les données chargées.";
    }

    private Valeur valeur(PrefillRules.Rule rule, List<IndicatorValue> inputs, Subject territory, String scope) {
        int index = indexOf(referential.rows(), rule.rowId());
        IndicatorRow row = referential.rows().get(index);
        IndicatorValue v = inputs.get(0);
        double computed = rule.formula()
                .apply(inputs.stream().mapToDouble(IndicatorValue::value).toArray());
        double value = round(row.toRowScale(computed, rule.source()), row.scale());
        double note = scoring.note(index, CellValue.number(value));
        return new Valeur(
                rule.rowId(),
                value,
                row.unit(),
                row.scale().name().toLowerCase(java.util.Locale.ROOT),
                v.period().year(),
                observatory.dataset(v.datasetId()).map(Dataset::title).orElse(v.datasetId()),
                method(v, territory, scope),
                v.coverage() == null ? null : round(v.coverage(), Scale.FRACTION),
                Double.isNaN(note) ? null : round(note, Scale.FRACTION),
                rule.approximation(),
                v.indicatorId());
    }

    private String method(IndicatorValue v, Subject territory, String scopeId) {
        String level = scopeId.equals(territory.id()) ? territory.level() : "département " + scopeId.substring(4);
        String m = switch (v.method()) {
            case PUBLIE -> "publié " + (level.equals("epci") ? "EPCI" : level);
            case AGREGE, CALCULE ->
                (v.methodDetail() == null ? v.method().label() : v.methodDetail())
                        + (scopeId.equals(territory.id()) ? "" : " (" + level + ")");
            case DECLARE -> "déclaré";
        };
        if (scopeId.equals(territory.id())) return m;
        return m
                + (territory.id().equals(GROUP)
                        ? " — valeur du département qui réunit la plus grande part de la population du groupe (méthode Diag360)"
                        : " — valeur départementale (méthode Diag360)");
    }

    private static int indexOf(List<IndicatorRow> rows, String id) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).id().equals(id)) return i;
        throw new IllegalStateException("Ligne " + id + " absente du référentiel " + REFERENTIAL);
    }

    private static double round(double value, Scale scale) {
        int digits = scale == Scale.FRACTION ? 4 : Math.abs(value) >= 100 ? 1 : 2;
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
