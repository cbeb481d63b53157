package fr.resilience360.report.portrait;

import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.online.PortraitHighlights;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.typology.TypologySection;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the printed portrait of a territory shows, gathered once (template {@code report/rapport-contenu}, the
 * same for the page and the PDF). Every figure comes from a module that owns it; what is missing stays null and the
 * document says so.
 *
 * @param typology the « Villes et territoires résilients » typology, null for a level it does not cover
 * @param base where the need scores come from
 * @param group the similar territories the scores are compared with, null before the reference scores are computed
 * @param radarSvg the radar for the page, labels drawn in the SVG
 * @param radarPrint the radar for the PDF, labels as HTML text around the drawing ({@link PrintedRadar})
 * @param highlights the stress test's summary, null when no exposure of the territory is known
 * @param perceptionScope which survey answers count, in words; null without inhabitants' survey
 * @param actions the first recommended actions, empty when the catalogue recommends none
 * @param survey the inhabitants' survey that takes answers now (its public link and QR code), null when none does
 */
public record PortraitReport(
        TerritorySummary territory,
        TypologySection typology,
        Base base,
        List<NeedLine> needs,
        ReferenceScores.SimilarGroup group,
        String radarSvg,
        String radarPrint,
        List<String> messages,
        List<NeedLine> strongest,
        List<NeedLine> weakest,
        PortraitHighlights.Highlights highlights,
        List<ExposureLine> exposures,
        String perceptionScope,
        List<ActionLine> actions,
        Link portrait,
        Link survey,
        List<SourceLine> sources,
        LocalDate edited) {

    /**
     * Where the scores come from: the territory's latest published online diagnostic, or its Diagnostic 360° pre-filled
     * with open data (the rule of {@code vulnerability.NeedScoreSource}, shared with the recommendations).
     *
     * @param diagnosticVersion the published diagnostic's version, null for open data
     * @param diagnosticPath its page, relative to the site; null for open data
     * @param filledRows the rows with an answer or a pre-filled value
     */
    public record Base(boolean published, Integer diagnosticVersion, String diagnosticPath, int filledRows, int rows) {

        /** « le diagnostic publié (version 2) » or « les données ouvertes (pré-remplissage) », for sentences. */
        public String words() {
            return published
                    ? "le dernier diagnostic publié par la collectivité (version " + diagnosticVersion + ")"
                    : "les données ouvertes de l'observatoire (pré-remplissage du Diagnostic 360°, aucun diagnostic"
                            + " publié)";
        }
    }

    /**
     * A need with its score, its similar territories' quartiles, the inhabitants' perception and the rows behind it.
     *
     * @param score 0–1, null when none of its rows has a note
     * @param similar how many similar territories have a score for it (0: no quartiles)
     * @param perception the inhabitants' index on the same scale, null when not shown (no survey or too few answers)
     * @param rows its noted rows, lowest note first
     */
    public record NeedLine(
            String id,
            String name,
            String category,
            Double score,
            int notes,
            int rowCount,
            int similar,
            Double q1,
            Double median,
            Double q3,
            Double perception,
            Integer perceptionAnswers,
            List<RowLine> rows) {

        /** The noted rows, highest note first (for a strength). */
        public List<RowLine> strongestRows(int limit) {
            return java.util.stream.IntStream.range(0, Math.min(limit, rows.size()))
                    .mapToObj(i -> rows.get(rows.size() - 1 - i))
                    .toList();
        }

        public List<RowLine> weakestRows(int limit) {
            return rows.stream().limit(limit).toList();
        }
    }

    /** A noted row of the grid: its value as entered or pre-filled, its 0–1 note and where the value comes from. */
    public record RowLine(String id, String designation, String value, double note, String source) {}

    /**
     * The exposure of the territory to a hazard.
     *
     * @param level 1 (faible) to 4 (très forte)
     * @param origin « données ouvertes » or « déclarée par la collectivité »
     * @param sources the observatory values it was computed from, with their period
     */
    public record ExposureLine(String hazard, double exposure, int level, String origin, List<String> sources) {

        public String levelLabel() {
            return switch (level) {
                case 1 -> "faible";
                case 2 -> "moyenne";
                case 3 -> "forte";
                default -> "très forte";
            };
        }
    }

    /** A recommended action with its rank, its reason and the QR code of its page. */
    public record ActionLine(int rank, String actionId, String title, String summary, String reason, Link link) {}

    /**
     * An absolute link and its QR code, as a PNG {@code data:} URI: an image keeps the modules joined when the PDF is
     * rendered or printed (paths drawn module by module show seams that stop phones from reading them).
     *
     * @param label the QR code's alternative text
     */
    public record Link(String url, String qrPng, String label) {}

    /**
     * A source of the document's figures.
     *
     * @param what which figures it gives
     * @param year its year or vintage, « année non précisée » when the data do not say
     */
    public record SourceLine(String what, String source, String year, String licence) {}

    /** The needs that have a score. */
    public long scoredCount() {
        return needs.stream().filter(n -> n.score() != null).count();
    }
}
