package fr.resilience360.territory.typology;

import java.util.List;

/**
 * The « Typologie » section of a territory page: its types with their reasons, its attributes with their sources,
 * and comparable territories.
 */
public record TypologySection(
        Typology typology, List<TypologyFact> facts, List<Typology> comparables, List<TypologySource> sources) {

    static TypologySection of(Typology typology, List<Typology> comparables) {
        List<TypologyFact> facts = TypologyFacts.of(typology);
        return new TypologySection(
                typology,
                facts,
                comparables,
                facts.stream().map(TypologyFact::source).distinct().toList());
    }
}
