package fr.resilience360.territory.typology;

/** One typology attribute as the page shows it: French term, value and source. */
public record TypologyFact(String term, String value, TypologySource source) {}
