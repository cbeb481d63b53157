package fr.resilience360.territory;

/** A commune déléguée, commune associée or municipal arrondissement, attached to its commune. */
public record SecondaryTerritory(String code, String name, String nature, String communeId, Integer population) {

    public String natureLabel() {
        return switch (nature) {
            case "commune-deleguee" -> "Commune déléguée";
            case "commune-associee" -> "Commune associée";
            case "arrondissement-municipal" -> "Arrondissement municipal";
            default -> nature;
        };
    }
}
