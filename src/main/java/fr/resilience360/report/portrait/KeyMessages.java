package fr.resilience360.report.portrait;

import fr.resilience360.online.PortraitHighlights;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report's key messages, in plain words, computed from its figures only: where the scores come from, the
 * strongest and weakest needs, the comparison with similar territories, the exposures, the stress test and the
 * inhabitants' view. A message whose figures are missing says that they are missing.
 */
final class KeyMessages {

    /** How far (on the 0–1 scale) a perception must differ from the data score to be called out. */
    static final double PERCEPTION_GAP = 0.15;

    private KeyMessages() {}

    static List<String> of(
            PortraitReport.Base base,
            List<PortraitReport.NeedLine> needs,
            List<PortraitReport.NeedLine> strongest,
            List<PortraitReport.NeedLine> weakest,
            PortraitHighlights.Highlights highlights) {
        List<String> messages = new ArrayList<>();
        long scored = needs.stream().filter(n -> n.score() != null).count();
        messages.add(scored + " besoins sur " + needs.size() + " ont un score, calculé d'après " + base.words() + " : "
                + base.filledRows() + " indicateurs renseignés sur " + base.rows() + ".");
        if (strongest.isEmpty())
            messages.add("Trop peu de besoins ont un score pour désigner des forces et des faiblesses.");
        else {
            messages.add("Besoins les mieux couverts : " + list(strongest) + ".");
            messages.add("Besoins les plus fragiles : " + list(weakest) + ".");
        }
        messages.add(comparison(needs));
        messages.add(stress(highlights));
        perception(needs).ifPresent(messages::add);
        return List.copyOf(messages);
    }

    private static String comparison(List<PortraitReport.NeedLine> needs) {
        List<PortraitReport.NeedLine> compared = needs.stream()
                .filter(n -> n.score() != null && n.median() != null)
                .toList();
        if (compared.isEmpty())
            return "Pas de comparaison avec des territoires semblables : leurs scores ne sont pas encore calculés.";
        long above = compared.stream().filter(n -> n.score() > n.median()).count();
        long below = compared.stream().filter(n -> n.score() < n.median()).count();
        PortraitReport.NeedLine furthest = compared.stream()
                .min(java.util.Comparator.comparingDouble(n -> n.score() - n.median()))
                .orElseThrow();
        String text = "Face aux territoires semblables : au-dessus de leur médiane pour " + above + " besoin"
                + (above > 1 ? "s" : "") + ", en dessous pour " + below + ".";
        if (furthest.score() < furthest.median())
            text += " Le plus grand retard : « " + furthest.name() + " » (" + score(furthest.score())
                    + " contre une médiane de " + score(furthest.median()) + ").";
        return text;
    }

    private static String stress(PortraitHighlights.Highlights highlights) {
        if (highlights == null)
            return "Aucune exposition à un aléa n'est connue pour ce territoire (ni données ouvertes ni déclaration) :"
                    + " pas de test de résistance.";
        String hazards = highlights.hazards().stream()
                .map(h -> h.label() + " (exposition " + score(h.exposure()) + ")")
                .collect(Collectors.joining(", "));
        String hit =
                highlights.needs().stream().map(n -> "« " + n.name() + " »").collect(Collectors.joining(", "));
        return "Aléas les plus exposants : " + hazards + ". Sous " + highlights.scenario()
                + ", les besoins les plus touchés seraient " + hit + ".";
    }

    private static java.util.Optional<String> perception(List<PortraitReport.NeedLine> needs) {
        return needs.stream()
                .filter(n -> n.score() != null && n.perception() != null)
                .filter(n -> Math.abs(n.perception() - n.score()) >= PERCEPTION_GAP)
                .max(java.util.Comparator.comparingDouble(n -> Math.abs(n.perception() - n.score())))
                .map(n -> "Les habitants jugent « " + n.name() + " » "
                        + (n.perception() < n.score() ? "moins bien" : "mieux") + " que les données ("
                        + score(n.perception()) + " contre " + score(n.score()) + ").");
    }

    private static String list(List<PortraitReport.NeedLine> needs) {
        return needs.stream()
                .map(n -> "« " + n.name() + " » (" + score(n.score()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** A 0–1 figure with two decimals, French style (« 0,42 »). */
    static String score(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }
}
