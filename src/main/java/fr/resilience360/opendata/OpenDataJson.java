package fr.resilience360.opendata;

import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.observatory.ValueSeries;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;

/** The JSON documents of the observatory API (French field names, as the rest of the open-data API). */
final class OpenDataJson {

    private OpenDataJson() {}

    record Source(String id, String titre, String producteur, String millesime, String licence, String url) {
        static Source of(Dataset d) {
            return new Source(d.id(), d.title(), d.producer(), d.vintage(), d.licence(), d.sourceUrl());
        }
    }

    record Agregation(String regle, String libelle, String poids, List<String> composantes, Double facteur) {
        static Agregation of(Indicator i) {
            Indicator.Aggregation a = i.aggregation();
            return new Agregation(a.rule().code(), a.rule().label(), a.weight(), a.components(), a.ratioFactor());
        }
    }

    record IndicateurJson(
            String id,
            String libelle,
            String definition,
            String unite,
            String theme,
            String typeActeur,
            Boolean plusEstMieux,
            boolean contexte,
            Agregation agregation,
            Source source,
            List<String> periodes) {
        static IndicateurJson of(Indicator i, Dataset d, List<ObservationPeriod> periods) {
            return new IndicateurJson(
                    i.id(),
                    i.label(),
                    i.definition(),
                    i.unit(),
                    i.theme(),
                    i.actorType().code(),
                    i.description().higherIsBetter(),
                    i.description().context(),
                    Agregation.of(i),
                    d == null ? null : Source.of(d),
                    periods == null
                            ? null
                            : periods.stream().map(ObservationPeriod::toString).toList());
        }
    }

    record TerritoireJson(String id, String code, String nom, String type) {
        static TerritoireJson of(TerritorySummary t) {
            return new TerritoireJson(t.id(), t.code(), t.name(), t.type().code());
        }
    }

    record Position(int rang, int effectif, double centile) {
        static Position of(RelativePositions.Position p) {
            return p == null ? null : new Position(p.rank(), p.count(), Math.round(p.percentile() * 10) / 10.0);
        }
    }

    record ValeurJson(
            String indicateur,
            String libelle,
            String unite,
            String typeActeur,
            String periode,
            double valeur,
            String methode,
            String detailMethode,
            Double couverture,
            List<String> drapeaux,
            String source,
            Position position,
            List<Point> serie,
            Evolution evolution) {}

    /** One vintage of a series. */
    record Point(String periode, double valeur) {
        static List<Point> of(ValueSeries s) {
            return s.values().stream()
                    .map(v -> new Point(v.period().toString(), v.value()))
                    .toList();
        }
    }

    /** The change of the latest value since the previous vintage ({@code ecart} in the indicator's unit). */
    record Evolution(String depuis, double ecart) {
        static Evolution of(ValueSeries s) {
            return s.previous()
                    .map(p -> new Evolution(p.period().toString(), s.change().orElseThrow()))
                    .orElse(null);
        }
    }

    record ValeursTerritoire(TerritoireJson territoire, List<ValeurJson> valeurs) {}

    record ValeurNiveau(
            String territoire,
            String code,
            String nom,
            double valeur,
            String methode,
            Double couverture,
            List<String> drapeaux) {}

    record PageValeurs(
            String indicateur,
            String niveau,
            String periode,
            int page,
            int taille,
            int total,
            List<ValeurNiveau> valeurs) {}

    record DistributionJson(
            String indicateur, String niveau, String periode, RelativePositions.Distribution distribution) {}
}
