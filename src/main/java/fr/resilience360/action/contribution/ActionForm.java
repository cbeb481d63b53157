package fr.resilience360.action.contribution;

import fr.resilience360.shared.InvalidFieldsException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The page's form of a new action, as sent (one example, one reference, actors one per line, rows separated by
 * commas); {@link #proposal()} turns it into the API's {@link ActionProposal}.
 */
record ActionForm(
        String objectif,
        String titre,
        String resume,
        String description,
        List<String> besoins,
        String lignes,
        List<String> aleas,
        List<String> leviers,
        String cout,
        String delai,
        String difficulte,
        List<String> cobenefices,
        String exempleTerritoire,
        String exempleTexte,
        String exempleSource,
        String acteurs,
        String referenceTitre,
        String referenceEditeur,
        String referenceAnnee,
        String referenceUrl) {

    static final ActionForm EMPTY = new ActionForm(
            null, null, null, null, List.of(), null, List.of(), List.of(), null, null, null, List.of(), null, null,
            null, null, null, null, null, null);

    ActionForm {
        besoins = besoins == null ? List.of() : besoins;
        aleas = aleas == null ? List.of() : aleas;
        leviers = leviers == null ? List.of() : leviers;
        cobenefices = cobenefices == null ? List.of() : cobenefices;
    }

    /** @throws InvalidFieldsException when the reference's year is not a year */
    ActionProposal proposal() {
        Integer year = null;
        if (referenceAnnee != null && !referenceAnnee.isBlank()) {
            if (!referenceAnnee.strip().matches("\\d{4}"))
                throw new InvalidFieldsException(
                        "Année invalide.", Map.of("references", "L'année de la référence s'écrit en quatre chiffres."));
            year = Integer.valueOf(referenceAnnee.strip());
        }
        return new ActionProposal(
                objectif,
                titre,
                resume,
                description,
                besoins,
                split(lignes, "[,;\\s]+"),
                aleas,
                leviers,
                cout,
                delai,
                difficulte,
                cobenefices,
                List.of(new ActionProposal.Exemple(exempleTerritoire, null, exempleTexte, exempleSource)),
                split(acteurs, "\\R"),
                List.of(new ActionProposal.Reference(referenceTitre, referenceEditeur, year, referenceUrl)));
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.strip().split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
