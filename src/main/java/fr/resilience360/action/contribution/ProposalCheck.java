package fr.resilience360.action.contribution;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CatalogueFiles;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import fr.resilience360.shared.Coded;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.SearchText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a proposal field by field and names every wrong field in French (the API's field names), then lets
 * {@link CatalogueFiles#check} — the rule of the bundled fiches — have the last word. Plain Java.
 */
final class ProposalCheck {

    static final int TEXT = 300;
    static final int LONG_TEXT = 6000;

    private final Map<String, String> errors = new LinkedHashMap<>();

    private ProposalCheck() {}

    /** The goal ids of the catalogue, and whether an action id is taken. */
    record Room(List<String> goals, java.util.function.Predicate<String> taken, CatalogueFiles.Known known) {

        static Room of(Catalogue catalogue) {
            List<String> goals = catalogue.axes().stream()
                    .flatMap(a -> a.orientations().stream())
                    .flatMap(o -> o.goals().stream())
                    .map(g -> g.id())
                    .toList();
            return new Room(goals, id -> catalogue.action(id).isPresent(), catalogue.known());
        }
    }

    /**
     * The proposed action, complete and coherent.
     *
     * @throws InvalidFieldsException naming each wrong field
     */
    static CatalogueAction action(ActionProposal p, Room room) {
        ProposalCheck c = new ProposalCheck();
        if (p.objectif() == null || !room.goals().contains(p.objectif()))
            c.error("objectif", "Choisissez l'objectif du catalogue sous lequel placer l'action.");
        String title = c.text("titre", "Le titre", p.titre(), TEXT);
        String id = slug(title);
        if (title != null && id.isEmpty()) c.error("titre", "Le titre doit contenir des lettres ou des chiffres.");
        else if (title != null && room.taken().test(id))
            c.error("titre", "Une action du catalogue porte déjà ce titre (« " + id + " ») : choisissez-en un autre.");
        CatalogueAction action = new CatalogueAction(
                id,
                title,
                c.text("resume", "Le résumé", p.resume(), TEXT),
                c.text("description", "La description", p.description(), LONG_TEXT),
                c.needs(p.besoins(), room.known()),
                c.rows(p.lignes(), p.besoins(), room.known()),
                c.hazards(p.aleas(), room.known()),
                c.codes("leviers", "un levier de la Boussole (p1-l1 … p6-l3)", BoussoleLever.class, p.leviers(), true),
                c.code("cout", "Le coût", CostRange.class, p.cout()),
                c.code("delai", "Le délai", Delay.class, p.delai()),
                c.code("difficulte", "La difficulté", Difficulty.class, p.difficulte()),
                c.codes("cobenefices", "un co-bénéfice de la liste", CoBenefit.class, p.cobenefices(), false),
                ProposalParts.examples(p.exemples(), c::error),
                ProposalParts.actors(p.acteurs()),
                ProposalParts.references(p.references(), c::error));
        if (c.errors.isEmpty()) c.finalCheck(action, room.known());
        c.throwIfAny();
        return action;
    }

    /** A feedback on an existing action, its texts trimmed. */
    static Contribution.Feedback feedback(FeedbackProposal p, Catalogue catalogue) {
        ProposalCheck c = new ProposalCheck();
        if (p.action() == null || catalogue.action(p.action()).isEmpty())
            c.error("action", "Le retour d'expérience doit porter sur une action du catalogue.");
        String territory = c.optional("territoire", "Le territoire", p.territoire(), TEXT);
        String text = c.text("texte", "Le texte du retour d'expérience", p.texte(), LONG_TEXT);
        String signature = c.text("signature", "La façon d'être nommé (signature)", p.signature(), 120);
        c.throwIfAny();
        return new Contribution.Feedback(territory, text, signature);
    }

    /** The id made from a title: its words without accents joined by hyphens, at most 80 characters. */
    static String slug(String title) {
        String id = SearchText.normalize(title).replace(' ', '-');
        if (id.length() <= 80) return id;
        String cut = id.substring(0, 80);
        return cut.contains("-") ? cut.substring(0, cut.lastIndexOf('-')) : cut;
    }

    private void finalCheck(CatalogueAction action, CatalogueFiles.Known known) {
        try {
            CatalogueFiles.check(action, "proposition « " + action.title() + " »", known);
        } catch (IllegalStateException e) {
            error("fiche", e.getMessage());
        }
    }

    String text(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            error(field, label + " est obligatoire.");
            return null;
        }
        return optional(field, label, value, max);
    }

    String optional(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) return null;
        if (value.strip().length() > max) error(field, label + " compte au plus " + max + " caractères.");
        return value.strip();
    }

    private List<String> needs(List<String> needs, CatalogueFiles.Known known) {
        if (needs.isEmpty()) error("besoins", "Cochez au moins un besoin du Diagnostic 360° que l'action améliore.");
        for (String n : needs)
            if (!known.needs().contains(n)) error("besoins", "Besoin inconnu : « " + n + " » (bv1 … be3).");
        return needs;
    }

    private List<String> rows(List<String> rows, List<String> needs, CatalogueFiles.Known known) {
        for (String r : rows) {
            var rowNeeds = known.rowNeeds().get(r);
            if (rowNeeds == null) error("lignes", "Ligne du Diagnostic 360° inconnue : « " + r + " ».");
            else if (needs.stream().noneMatch(rowNeeds::contains))
                error("lignes", "La ligne « " + r + " » ne relève d'aucun des besoins cochés.");
        }
        return rows;
    }

    private List<String> hazards(List<String> hazards, CatalogueFiles.Known known) {
        for (String h : hazards) if (!known.hazards().contains(h)) error("aleas", "Aléa inconnu : « " + h + " ».");
        return hazards;
    }

    <E extends Enum<E> & Coded> E code(String field, String label, Class<E> type, String value) {
        Optional<E> found = Coded.find(type, value == null ? null : value.strip());
        if (found.isEmpty()) error(field, label + " est obligatoire : choisissez une valeur de la liste.");
        return found.orElse(null);
    }

    <E extends Enum<E> & Coded> List<E> codes(
            String field, String expected, Class<E> type, List<String> values, boolean required) {
        List<E> found = new ArrayList<>();
        if (required && values.isEmpty()) error(field, "Choisissez au moins " + expected + ".");
        for (String v : values)
            Coded.find(type, v.strip())
                    .ifPresentOrElse(found::add, () -> error(field, "« " + v + " » n'est pas " + expected + "."));
        return found;
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    private void throwIfAny() {
        if (!errors.isEmpty())
            throw new InvalidFieldsException(
                    "La proposition a des champs à corriger : " + String.join(", ", errors.keySet()) + ".", errors);
    }
}
