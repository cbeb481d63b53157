package fr.resilience360.survey;

/**
 * What the synthesis page shows besides its filters, as the URL gives it: the free texts of {@code texte} matching
 * {@code recherche} (page {@code page}), and the cross-tabulation of {@code ligne} by {@code colonne}.
 */
record SynthesisQuery(String texte, String recherche, Integer page, String ligne, String colonne) {}
