package fr.resilience360.territory.typology;

/**
 * The six types of territory of the « Villes et territoires résilients » cahiers (Cerema). The first three describe
 * the urban fabric and are exclusive (one of them per territory); the last three describe a geography and add to it.
 */
public enum ResilienceType {
    GRANDES_VILLES_METROPOLES("grandes-villes-metropoles", "Grandes villes et métropoles"),
    VILLES_MOYENNES_AGGLOMERATIONS("villes-moyennes-agglomerations", "Villes moyennes et agglomérations"),
    PETITES_VILLES_CAMPAGNES("petites-villes-campagnes", "Petites villes et campagnes"),
    LITTORAL("littoral", "Littoral"),
    MONTAGNE("montagne", "Montagne"),
    OUTRE_MER("outre-mer", "Outre-mer");

    private final String code;
    private final String label;

    ResilienceType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code used in the API. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
