package fr.resilience360.report.cahier;

import fr.resilience360.action.CatalogueAction;
import fr.resilience360.referential.Need;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.typology.ResilienceType;
import java.util.List;

/**
 * What the EPCI of one type of the « Villes et territoires résilients » typology have in common, drawn from all of
 * them: the spread of their pre-filled need scores beside every EPCI's, the needs most often among their three
 * weakest, the hazards that most often hit them hardest in the national stress test, the spread of key indicators of
 * the observatory, examples, and catalogue actions improving their typical weak needs.
 *
 * @param members EPCI of the type
 * @param scored of them, those with pre-filled need scores
 * @param population their municipal population (COG 2025), summed
 * @param weakNeeds needs by how many members have them among their three weakest, most frequent first
 * @param hazards hazards by how many members have them among the three that hit them hardest (mean inoperability of
 *     the needs at intensity 4), most frequent first
 * @param examples the most populated members
 */
public record TypeCahier(
        ResilienceType type,
        int members,
        int scored,
        long population,
        List<NeedSpread> needs,
        List<Frequency> weakNeeds,
        List<Frequency> hazards,
        List<TerritorySummary> examples,
        List<CatalogueAction> actions,
        List<IndicatorSpread> indicators,
        String scoresComputedAt) {

    /**
     * A need's scores over the type's members (quartiles; null when no member has a score) and the median of every
     * EPCI, to compare.
     */
    public record NeedSpread(Need need, int n, Double q1, Double median, Double q3, Double nationalMedian) {

        /** The type's median minus every EPCI's, null when either is missing. */
        public Double gap() {
            return median == null || nationalMedian == null ? null : median - nationalMedian;
        }
    }

    /** A key indicator of the observatory over the type's EPCI (its latest period) and the median of all EPCI. */
    public record IndicatorSpread(
            String label,
            String unit,
            String period,
            String source,
            int n,
            double q1,
            double median,
            double q3,
            Double nationalMedian) {}

    /** How many members share a trait, of how many. */
    public record Frequency(String id, String label, int count, int of) {

        public long percent() {
            return of == 0 ? 0 : Math.round(100.0 * count / of);
        }
    }
}
