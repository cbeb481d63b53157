package fr.resilience360.comparison;

import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The comparison of a territory's need scores, as the API gives it (French names). */
@Schema(name = "ComparaisonBesoins")
record ComparisonJson(Territoire territoire, Groupe groupe, Territoire reference, List<Besoin> besoins, Calcul calcul) {

    record Territoire(String id, String code, String nom, String type) {
        static Territoire of(TerritorySummary t) {
            return t == null
                    ? null
                    : new Territoire(t.id(), t.code(), t.name(), t.type().code());
        }
    }

    /**
     * @param territoires territories of the group with at least one need score, the compared one included
     * @param elargi the narrowest group had fewer than 5 of them
     */
    @Schema(name = "GroupeTerritoiresSemblables")
    record Groupe(String libelle, String criteres, int territoires, boolean elargi, String description) {}

    /**
     * @param n how many similar territories have a score for the need
     * @param reference the reference territory's score, when one is asked for
     */
    @Schema(name = "ComparaisonBesoin")
    record Besoin(
            String id,
            String nom,
            Double score,
            int notes,
            Double reference,
            int n,
            Double q1,
            Double mediane,
            Double q3) {}

    record Calcul(String referentiel, OffsetDateTime calculeLe, String versionDonnees) {}

    static ComparisonJson of(
            TerritorySummary territory,
            List<ReferenceScores.NeedValue> own,
            ReferenceScores.SimilarDistribution similar,
            TerritorySummary reference,
            List<ReferenceScores.NeedValue> referenceScores) {
        List<Besoin> needs = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            var o = own.get(i);
            var d = similar.needs().get(i);
            needs.add(new Besoin(
                    o.need().id(),
                    o.need().name(),
                    o.score(),
                    o.notes(),
                    referenceScores == null ? null : referenceScores.get(i).score(),
                    d.n(),
                    d.q1(),
                    d.median(),
                    d.q3()));
        }
        var g = similar.group();
        var p = similar.provenance();
        return new ComparisonJson(
                Territoire.of(territory),
                new Groupe(g.label(), g.criteria(), g.members(), g.widened(), g.description()),
                Territoire.of(reference),
                needs,
                new Calcul(p.referentialId(), p.computedAt(), p.inputsVersion()));
    }
}
