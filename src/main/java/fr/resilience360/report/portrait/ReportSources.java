package fr.resilience360.report.portrait;

import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.referential.Referential;
import fr.resilience360.territory.typology.TypologySection;
import fr.resilience360.territory.typology.TypologySource;
import fr.resilience360.vulnerability.Exposure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The sources of every figure of a report, with their year and licence: the Diag360 method, the datasets behind the
 * pre-filled rows and the exposures (from the observatory's catalogue), the typology files, the similar territories'
 * computation, the survey and the catalogue of actions. A year or licence the data do not give is said missing.
 */
final class ReportSources {

    static final String NO_YEAR = "année non précisée";
    static final String NO_LICENCE = "licence non précisée";

    private ReportSources() {}

    /** What the sources are gathered from. */
    record Inputs(
            Referential referential,
            List<ReportScores.OpenValue> values,
            List<ReportExposures.Known> exposures,
            TypologySection typology,
            ReferenceScores.SimilarDistribution similar,
            String perceptionScope,
            boolean actions) {}

    static List<PortraitReport.SourceLine> of(Inputs in, Observatory observatory) {
        List<PortraitReport.SourceLine> lines = new ArrayList<>();
        Referential r = in.referential();
        lines.add(new PortraitReport.SourceLine(
                "Grille, notes et scores des besoins", r.attribution(), "version " + r.version(), r.licence()));
        Map<String, Group> datasets = new LinkedHashMap<>();
        for (ReportScores.OpenValue v : in.values())
            datasets.computeIfAbsent(
                            datasetOf(v.indicatorId(), observatory)
                                    .map(Dataset::id)
                                    .orElse(v.dataset()),
                            k -> new Group(datasetOf(v.indicatorId(), observatory), v.dataset()))
                    .add(v.year() == null ? null : v.year().toString(), "indicateur du diagnostic");
        for (ReportExposures.Known k : in.exposures())
            for (Exposure.Source s : k.exposure().sources()) {
                Optional<Dataset> d = Optional.ofNullable(s.dataset()).flatMap(observatory::dataset);
                datasets.computeIfAbsent(d.map(Dataset::id).orElse(s.indicator()), x -> new Group(d, s.indicator()))
                        .add(s.period(), "exposition aux aléas");
            }
        datasets.values().forEach(g -> lines.add(g.line()));
        if (in.typology() != null)
            for (TypologySource s : in.typology().sources())
                lines.add(new PortraitReport.SourceLine(
                        "Typologie", s.producer(), s.vintage(), "Licence Ouverte 2.0 (voir data/README.md)"));
        if (in.similar() != null)
            lines.add(new PortraitReport.SourceLine(
                    "Territoires semblables : " + in.similar().group().description(),
                    "Résilience 360, scores préremplis de chaque territoire à partir des données ouvertes",
                    "calculés le " + in.similar().provenance().computedAt().toLocalDate(),
                    "mêmes licences que les données ci-dessus"));
        if (in.perceptionScope() != null)
            lines.add(new PortraitReport.SourceLine(
                    "Perception des habitants",
                    "Enquête Résilience 360 : " + in.perceptionScope(),
                    NO_YEAR,
                    "réponses agrégées, non publiées une à une"));
        if (in.actions())
            lines.add(new PortraitReport.SourceLine(
                    "Actions recommandées",
                    "Catalogue des actions de Résilience 360",
                    "édition en cours",
                    "CC BY-SA 4.0"));
        return List.copyOf(lines);
    }

    private static Optional<Dataset> datasetOf(String indicatorId, Observatory observatory) {
        return Optional.ofNullable(indicatorId)
                .flatMap(observatory::indicator)
                .map(Indicator::datasetId)
                .flatMap(observatory::dataset);
    }

    /** The values read from one dataset: their years and what they feed. */
    private static final class Group {
        private final Optional<Dataset> dataset;
        private final String fallback;
        private final TreeSet<String> years = new TreeSet<>();
        private final TreeSet<String> uses = new TreeSet<>();

        Group(Optional<Dataset> dataset, String fallback) {
            this.dataset = dataset;
            this.fallback = fallback;
        }

        void add(String year, String use) {
            if (year != null) years.add(year);
            uses.add(use);
        }

        PortraitReport.SourceLine line() {
            String year = !years.isEmpty()
                    ? String.join(", ", years)
                    : dataset.map(Dataset::vintage).filter(Objects::nonNull).orElse(NO_YEAR);
            return new PortraitReport.SourceLine(
                    String.join(", ", uses),
                    dataset.map(d -> d.producer() + " — " + d.title()).orElse(fallback),
                    year,
                    dataset.map(Dataset::licence)
                            .filter(l -> l != null && !l.isBlank())
                            .orElse(NO_LICENCE));
        }
    }
}
