package fr.resilience360.action.contribution;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A new action as a user proposes it (form or API body, French field names, every value a text or a code, checked by
 * {@link ProposalCheck}). Its id is made from its title.
 *
 * @param objectif the id of the catalogue objectif it is placed under
 * @param leviers Boussole lever codes, {@code p1-l1} … {@code p6-l3}
 * @param cout {@code moins-10k}, {@code 10k-100k}, {@code 100k-1m}, {@code plus-1m}
 */
@Schema(name = "PropositionAction")
record ActionProposal(
        String objectif,
        String titre,
        String resume,
        String description,
        List<String> besoins,
        List<String> lignes,
        List<String> aleas,
        List<String> leviers,
        String cout,
        String delai,
        String difficulte,
        List<String> cobenefices,
        List<Exemple> exemples,
        List<String> acteurs,
        List<Reference> references) {

    ActionProposal {
        besoins = copy(besoins);
        lignes = copy(lignes);
        aleas = copy(aleas);
        leviers = copy(leviers);
        cobenefices = copy(cobenefices);
        exemples = copy(exemples);
        acteurs = copy(acteurs);
        references = copy(references);
    }

    /** @param source where it is documented (required) */
    @Schema(name = "PropositionExemple")
    record Exemple(String territoire, String code, String texte, String source) {}

    @Schema(name = "PropositionReference")
    record Reference(String titre, String editeur, Integer annee, String url) {}

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(x -> x != null).toList();
    }
}
