package fr.resilience360.survey;

import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on each paper sheet of a survey, typed in again by the volunteer who enters the sheet:
 * {@code <survey id>-<sheet number on 4 digits at least>-<check letter>}, e.g. {@code 12-0007-K}. The check letter is
 * {@code Σ (i + 1) × v(cᵢ) mod 23} over the characters before it (digits worth 0–9, the dash 10), written with the
 * letters {@value #LETTERS} (no I, O or Z, which are read as 1, 0 or 2). As the weights 1…22 are distinct and not
 * multiples of 23, a single wrong character, or two neighbours swapped, always changes the letter: such a typing
 * error is refused rather than taken for another sheet. A code is read in capitals, spaces removed; any other writing
 * of the same numbers (e.g. {@code 12-7-K}) is refused, so that a sheet has one code only. Plain Java.
 */
record SheetCode(long surveyId, int sheet) {

    static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY";
    private static final int MODULUS = LETTERS.length();
    private static final int MAX_PAYLOAD = MODULUS - 1;

    SheetCode {
        if (surveyId < 1 || sheet < 1) throw new IllegalArgumentException("enquête et feuille numérotées dès 1");
    }

    /** The code as printed. */
    @Override
    public String toString() {
        String payload = surveyId + "-" + String.format(Locale.ROOT, "%04d", sheet);
        return payload + "-" + checkLetter(payload);
    }

    /** The sheet a typed code names, if it is written exactly as printed and its letter checks. */
    static Optional<SheetCode> parse(String typed) {
        if (typed == null) return Optional.empty();
        String code = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!code.matches("[1-9]\\d{0,14}-\\d{4,6}-[A-Z]")) return Optional.empty();
        String[] parts = code.split("-");
        int sheet = Integer.parseInt(parts[1]);
        if (sheet == 0) return Optional.empty();
        SheetCode parsed = new SheetCode(Long.parseLong(parts[0]), sheet);
        return parsed.toString().equals(code) ? Optional.of(parsed) : Optional.empty();
    }

    /**
     * Why a typed code cannot be the code of one of this survey's printed sheets, in French; null when it can.
     *
     * @param printed how many sheets of the survey were printed (numbers 1 to {@code printed})
     */
    static String fault(String typed, long surveyId, int printed) {
        if (typed == null || typed.isBlank()) return "code de la feuille manquant";
        Optional<SheetCode> code = parse(typed);
        if (code.isEmpty())
            return "code de feuille invalide « " + typed.strip() + " » : recopiez-le tel qu'il est imprimé en haut"
                    + " de la feuille (par exemple « " + new SheetCode(surveyId, 1) + " »)";
        if (code.get().surveyId() != surveyId)
            return "la feuille " + code.get() + " est celle d'une autre enquête (n° "
                    + code.get().surveyId() + ")";
        if (code.get().sheet() > printed)
            return "la feuille " + code.get() + " n'a pas été imprimée : "
                    + (printed == 0 ? "aucune feuille" : printed == 1 ? "une feuille" : printed + " feuilles")
                    + " imprimée" + (printed > 1 ? "s" : "") + " pour cette enquête";
        return null;
    }

    static char checkLetter(String payload) {
        if (payload.length() > MAX_PAYLOAD) throw new IllegalArgumentException("code trop long : " + payload);
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            sum += (i + 1) * (c == '-' ? 10 : c - '0');
        }
        return LETTERS.charAt(sum % MODULUS);
    }
}
