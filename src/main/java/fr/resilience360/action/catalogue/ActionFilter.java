package fr.resilience360.action.catalogue;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CatalogueFiles;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.Coded;
import fr.resilience360.shared.SearchText;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a visitor asks of the catalogue, as the page's form and the API write it ({@code axe}, {@code besoin},
 * {@code levier}, {@code alea}, {@code cout}, {@code delai}, {@code difficulte}, {@code cobenefice}, {@code q}); each
 * absent filter lets every action through. The words of {@code q} must all appear in the action's title, summary or
 * description, compared without case nor accents ({@link SearchText}).
 */
record ActionFilter(
        String axis,
        String need,
        BoussoleLever lever,
        String hazard,
        CostRange cost,
        Delay delay,
        Difficulty difficulty,
        CoBenefit cobenefit,
        String query) {

    static final ActionFilter NONE = new ActionFilter(null, null, null, null, null, null, null, null, null);

    /** The request's parameters as sent (absent or blank: no filter). */
    record Params(
            @Parameter(
                    description = "Axe du catalogue : alimentaire, energetique, eau, sanitaire, nature, solidarite,"
                            + " economique, mobilite, logement, securite")
            String axe,

            @Parameter(description = "Besoin du Diagnostic 360° amélioré (bv1 … be3)")
            String besoin,

            @Parameter(description = "Levier de la Boussole de la résilience servi (p1-l1 … p6-l3)")
            String levier,

            @Parameter(description = "Aléa réduit (identifiant de /api/v1/aleas, par exemple canicule)")
            String alea,

            @Parameter(description = "Coût indicatif : moins-10k, 10k-100k, 100k-1m, plus-1m")
            String cout,

            @Parameter(description = "Délai avant les premiers effets : court, moyen, long")
            String delai,

            @Parameter(description = "Difficulté : faible, moyenne, elevee")
            String difficulte,

            @Parameter(
                    description = "Co-bénéfice : climat, biodiversite, sante, emploi, lien-social, economies,"
                            + " cadre-de-vie, education, egalite")
            String cobenefice,

            @Parameter(
                    description = "Mots cherchés dans le titre, le résumé et la description (sans tenir compte"
                            + " des accents ni de la casse)")
            String q) {

        static final Params NONE = new Params(null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads the parameters against what the catalogue may name.
     *
     * @throws BadParameterException naming the first parameter with a value the catalogue does not know
     */
    static ActionFilter parse(Params p, CatalogueFiles.Known known) {
        String axis = blank(p.axe()) ? null : p.axe().strip();
        if (axis != null && !CatalogueFiles.AXES.contains(axis))
            throw bad("axe", "un axe du catalogue (" + String.join(", ", CatalogueFiles.AXES) + ")");
        String need = blank(p.besoin()) ? null : p.besoin().strip();
        if (need != null && !known.needs().contains(need))
            throw bad("besoin", "l'identifiant d'un besoin du Diagnostic 360° (bv1 … be3)");
        String hazard = blank(p.alea()) ? null : p.alea().strip();
        if (hazard != null && !known.hazards().contains(hazard))
            throw bad("alea", "l'identifiant d'un aléa du catalogue des aléas (/api/v1/aleas)");
        return new ActionFilter(
                axis,
                need,
                coded(BoussoleLever.class, "levier", p.levier(), "un levier de la Boussole, de p1-l1 à p6-l3"),
                hazard,
                coded(CostRange.class, "cout", p.cout(), codes(CostRange.values())),
                coded(Delay.class, "delai", p.delai(), codes(Delay.values())),
                coded(Difficulty.class, "difficulte", p.difficulte(), codes(Difficulty.values())),
                coded(CoBenefit.class, "cobenefice", p.cobenefice(), codes(CoBenefit.values())),
                blank(p.q()) ? null : p.q().strip());
    }

    boolean matches(Catalogue.Placement place) {
        CatalogueAction a = place.action();
        return (axis == null || axis.equals(place.axis().id()))
                && (need == null || a.needs().contains(need))
                && (lever == null || a.levers().contains(lever))
                && (hazard == null || a.hazards().contains(hazard))
                && (cost == null || a.cost() == cost)
                && (delay == null || a.delay() == delay)
                && (difficulty == null || a.difficulty() == difficulty)
                && (cobenefit == null || a.cobenefits().contains(cobenefit))
                && matchesWords(a);
    }

    private boolean matchesWords(CatalogueAction a) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) return true;
        String text = " " + SearchText.normalize(a.title() + " " + a.summary() + " " + a.description()) + " ";
        return words.stream().allMatch(text::contains);
    }

    /** Whether any filter or search is set. */
    boolean any() {
        return !equals(NONE);
    }

    /** The filters as URL parameters (codes as the form sends them), only those set. */
    Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) params.put("q", query);
        if (axis != null) params.put("axe", axis);
        if (need != null) params.put("besoin", need);
        if (lever != null) params.put("levier", lever.code());
        if (hazard != null) params.put("alea", hazard);
        if (cost != null) params.put("cout", cost.code());
        if (delay != null) params.put("delai", delay.code());
        if (difficulty != null) params.put("difficulte", difficulty.code());
        if (cobenefit != null) params.put("cobenefice", cobenefit.code());
        return params;
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String name, String value, String expected) {
        if (blank(value)) return null;
        return Coded.find(type, value.strip()).orElseThrow(() -> bad(name, expected));
    }

    private static String codes(Coded[] values) {
        return "l'une des valeurs "
                + String.join(
                        ", ", java.util.Arrays.stream(values).map(Coded::code).toList());
    }

    private static BadParameterException bad(String name, String expected) {
        return new BadParameterException(
                name, "Le paramètre « " + name + " » doit être " + expected + " ; laissez-le vide pour tout voir.");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
