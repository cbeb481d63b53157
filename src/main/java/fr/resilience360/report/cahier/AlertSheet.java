package fr.resilience360.report.cahier;

import fr.resilience360.action.CatalogueAction;
import fr.resilience360.referential.Need;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.typology.ResilienceType;
import java.util.List;

/**
 * The KAART « alerte » sheet of a commune or an EPCI, one page for its élus: its type's key issues with the territory's
 * own figures, its three weakest needs, three catalogue actions, and the links (QR codes) to its page and to its
 * élus' survey.
 *
 * @param cahierType the type whose cahier frames the key issues (the first of the territory's types), null when the
 *     typology gives it none
 * @param scoreSource {@code diagnostic_publie} or {@code donnees_ouvertes}
 * @param typeIssues the type's three typical weak needs, with the territory's own score
 * @param peers who the territory is compared with (the communes of its type for a commune, the EPCI of its type for
 *     an EPCI), null when it has no type
 * @param surveyUrl the public link of its open élus' survey, null when none takes answers
 */
public record AlertSheet(
        TerritorySummary territory,
        List<ResilienceType> types,
        ResilienceType cahierType,
        String scoreSource,
        List<NeedFigure> weakest,
        List<NeedFigure> typeIssues,
        Peers peers,
        List<CatalogueAction> actions,
        String portraitUrl,
        String surveyUrl) {

    /**
     * The territories of the same level and type a sheet compares with: their medians and typical weak needs.
     *
     * @param plural « communes » or « EPCI »
     * @param scored how many of them have pre-filled need scores (the medians and frequencies rest on them)
     */
    public record Peers(String plural, ResilienceType type, int scored) {

        /** Which population the figures of the sheet are compared with, in a sentence. */
        public String description() {
            return "Comparaison avec les "
                    + String.format(java.util.Locale.ROOT, "%,d", scored).replace(',', '\u00a0')
                    + " " + plural + " du type « " + type.label() + " » qui ont des scores préremplis par les données"
                    + " ouvertes : leurs médianes et leurs besoins le plus souvent faibles.";
        }
    }

    /**
     * A need's score here (null: no score) and the median of the peers of the type (null: none).
     *
     * @param share for a typical weak need, the share of the type's EPCI that have it among their three weakest
     */
    public record NeedFigure(Need need, Double score, Double typeMedian, Long share) {

        public boolean belowType() {
            return score != null && typeMedian != null && score < typeMedian;
        }
    }
}
