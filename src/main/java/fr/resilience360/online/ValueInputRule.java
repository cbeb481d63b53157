package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Scale;
import fr.resilience360.shared.UserInputException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a person typed in a row's field, as the answer the engine scores. Ordinal rows take one of their three labels
 * (case and spaces ignored). Numeric rows take a French or English decimal (« 12,5 », « 12.5 », « 1 234,5 »); « % »
 * after the number means a percentage and is converted to the row's scale (« 45 % » is 0.45 in a fraction row, 45 in
 * a percentage row), so that a share cannot be typed in the wrong scale unnoticed. An empty field is no answer.
 */
public final class ValueInputRule {

    private ValueInputRule() {}

    public static CellValue parse(IndicatorRow row, String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) return CellValue.empty();
        return row.isNumeric() ? number(row, text) : label(row, text);
    }

    /** How to type the row's value, in French, for the field's hint. */
    public static String expected(IndicatorRow row) {
        if (!row.isNumeric())
            return "une des réponses : " + String.join(" / ", row.scoring().labels());
        return switch (row.scale()) {
            case FRACTION -> "une fraction de 0 à 1 (0,45 pour 45 %) ; « 45 % » est aussi compris";
            case PERCENT -> "un pourcentage de 0 à 100 (45 pour 45 %)";
            default ->
                "un nombre" + (row.unit() == null || row.unit().isBlank() ? "" : " (unité : " + row.unit() + ")");
        };
    }

    private static CellValue label(IndicatorRow row, String text) {
        for (String label : row.scoring().labels())
            if (label.strip().equalsIgnoreCase(text)) return CellValue.text(label);
        throw new UserInputException("Ligne " + row.placement().sheetRow() + " (" + row.id() + ") : « " + text
                + " » n'est pas une réponse possible ; choisissez "
                + String.join(", ", row.scoring().labels()) + ".");
    }

    private static CellValue number(IndicatorRow row, String text) {
        boolean percent = text.endsWith("%");
        String digits = text.replace("%", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (digits.contains(",")) digits = digits.replace(".", "").replace(',', '.');
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new UserInputException("Ligne " + row.placement().sheetRow() + " (" + row.id() + ") : « " + text
                    + " » n'est pas un nombre ; attendu : " + expected(row) + ".");
        }
        if (!percent) return CellValue.number(value.doubleValue());
        if (row.scale() == Scale.RAW || row.scale() == Scale.NONE)
            throw new UserInputException("Ligne " + row.placement().sheetRow() + " (" + row.id()
                    + ") : cette valeur ne s'exprime pas en % ; attendu : "
                    + expected(row).toLowerCase(Locale.ROOT)
                    + ".");
        return CellValue.number(row.scale().convert(value.doubleValue(), Scale.PERCENT));
    }
}
