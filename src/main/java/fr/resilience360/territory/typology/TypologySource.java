package fr.resilience360.territory.typology;

/** Where each typology attribute comes from, and its vintage (see {@code data/README.md}). */
public enum TypologySource {
    DENSITY("densite", "INSEE, grille communale de densité", "2025", null),
    AAV("aire-attraction", "INSEE, zonage en aires d'attraction des villes", "2020, géographie COG 2025", null),
    MOUNTAIN(
            "montagne",
            "DGALN, communes classées en zone de montagne ; massifs : Observatoire des territoires (ANCT)",
            "2025",
            null),
    COASTAL(
            "littoral",
            "Liste des communes soumises à la loi Littoral au titre de la mer",
            "2019, géographie COG 2025",
            "Les communes riveraines d'un lac ou d'un estuaire (environ 200, dont Annecy) n'y figurent pas."),
    PROGRAMMES(
            "programmes",
            "ANCT, Action cœur de ville, Petites villes de demain et Opérations de revitalisation de territoire",
            "2025-2026",
            null),
    AREA("superficie", "INSEE, superficie des communes", "COG 2024", null),
    POPULATION("population", "INSEE, populations municipales", "COG 2025", null);

    private final String code;
    private final String producer;
    private final String vintage;
    private final String note;

    TypologySource(String code, String producer, String vintage, String note) {
        this.code = code;
        this.producer = producer;
        this.vintage = vintage;
        this.note = note;
    }

    public String code() {
        return code;
    }

    public String producer() {
        return producer;
    }

    public String vintage() {
        return vintage;
    }

    /** What the source misses, when users must know it; null otherwise. */
    public String note() {
        return note;
    }

    /** « INSEE, grille communale de densité (2025) ». */
    public String text() {
        return producer + " (" + vintage + ")";
    }
}
