package fr.resilience360.action;

import java.util.List;

/**
 * A « fiche action » of the catalogue, written for this project (CC BY-SA 4.0).
 *
 * @param id stable slug, the address {@code /actions/{id}} and the id a plan keeps
 * @param summary one sentence for lists and recommendations
 * @param needs the Diag360 needs it improves ({@code bv1}…{@code be3}), main one first
 * @param rows the Diag360 indicator rows it improves ({@code bv2_i03}), each of one of {@code needs}
 * @param hazards the hazards of the impact chains it reduces ({@code canicule}…)
 * @param levers the Boussole levers it serves
 * @param cobenefits what it brings beside resilience
 * @param examples territories that did it, each with where it is documented
 * @param actors who can help (networks, agencies, public bodies), in words
 * @param references the sources the fiche relies on (at least one)
 */
public record CatalogueAction(
        String id,
        String title,
        String summary,
        String description,
        List<String> needs,
        List<String> rows,
        List<String> hazards,
        List<BoussoleLever> levers,
        CostRange cost,
        Delay delay,
        Difficulty difficulty,
        List<CoBenefit> cobenefits,
        List<Example> examples,
        List<String> actors,
        List<Reference> references) {

    public CatalogueAction {
        needs = copy(needs);
        rows = copy(rows);
        hazards = copy(hazards);
        levers = copy(levers);
        cobenefits = copy(cobenefits);
        examples = copy(examples);
        actors = copy(actors);
        references = copy(references);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A territory that carried out the action.
     *
     * @param code its COG code when it is a commune, EPCI, département or région of the division, else null
     * @param source where it is documented (title, publisher or address)
     */
    public record Example(String territory, String code, String text, String source) {}

    /** A source: a guide, report, law or page, with its publisher and year; {@code url} may be null. */
    public record Reference(String title, String publisher, Integer year, String url) {}
}
