package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;

/** How an answer ({@link CellValue}) is stored: a French kind code, a number and a text. */
final class StoredCells {

    private StoredCells() {}

    static String kind(CellValue value) {
        return switch (value.kind()) {
            case EMPTY -> "vide";
            case NUMBER -> "nombre";
            case TEXT -> "texte";
            case BOOLEAN -> "booleen";
            case ERROR -> "erreur";
        };
    }

    static Double number(CellValue value) {
        return value.kind() == CellValue.Kind.NUMBER || value.kind() == CellValue.Kind.BOOLEAN ? value.number() : null;
    }

    static String text(CellValue value) {
        return value.kind() == CellValue.Kind.TEXT || value.kind() == CellValue.Kind.ERROR ? value.text() : null;
    }

    static CellValue value(String kind, Double number, String text) {
        return switch (kind) {
            case "nombre" -> CellValue.number(number);
            case "texte" -> CellValue.text(text);
            case "booleen" -> CellValue.bool(number != null && number == 1);
            case "erreur" -> CellValue.error(text);
            default -> CellValue.empty();
        };
    }
}
