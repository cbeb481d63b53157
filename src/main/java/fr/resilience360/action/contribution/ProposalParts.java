package fr.resilience360.action.contribution;

import fr.resilience360.action.CatalogueAction;
import java.util.List;
import java.util.function.BiConsumer;

/** The lists of a proposed action — examples, actors, references — trimmed and checked. */
final class ProposalParts {

    private ProposalParts() {}

    static List<CatalogueAction.Example> examples(
            List<ActionProposal.Exemple> examples, BiConsumer<String, String> error) {
        return examples.stream()
                .filter(e -> !blank(e.territoire()) || !blank(e.texte()) || !blank(e.source()))
                .map(e -> {
                    if (blank(e.territoire()) || blank(e.source()))
                        error.accept(
                                "exemples",
                                "Un exemple nomme son territoire et sa source (où il est documenté) : aucun n'est"
                                        + " inventé.");
                    return new CatalogueAction.Example(
                            strip(e.territoire()), strip(e.code()), strip(e.texte()), strip(e.source()));
                })
                .toList();
    }

    static List<String> actors(List<String> actors) {
        return actors.stream().filter(a -> !blank(a)).map(String::strip).toList();
    }

    static List<CatalogueAction.Reference> references(
            List<ActionProposal.Reference> references, BiConsumer<String, String> error) {
        List<CatalogueAction.Reference> kept = references.stream()
                .filter(r -> !blank(r.titre()) || !blank(r.url()) || !blank(r.editeur()))
                .map(r -> {
                    if (blank(r.titre())) error.accept("references", "Chaque référence a un titre.");
                    if (!blank(r.url()) && !r.url().strip().matches("https?://\\S+"))
                        error.accept("references", "L'adresse d'une référence commence par http:// ou https://.");
                    return new CatalogueAction.Reference(
                            strip(r.titre()), strip(r.editeur()), r.annee(), strip(r.url()));
                })
                .toList();
        if (kept.isEmpty()) error.accept("references", "Citez au moins une référence (guide, rapport, page…).");
        return kept;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
