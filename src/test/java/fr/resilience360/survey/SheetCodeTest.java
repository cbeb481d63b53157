package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, paper answers: the code printed on each sheet, and why a typed code is refused. */
class SheetCodeTest {

    /** Every character a volunteer could type in a code. */
    private static final String TYPABLE = "0123456789-" + SheetCode.LETTERS + "IOZ";

    @Test
    void printsTheSurveyTheSheetNumberOnFourDigitsAndTheCheckLetter() {
        assertThat(new SheetCode(12, 7)).hasToString("12-0007-R");
        assertThat(new SheetCode(12, 1)).hasToString("12-0001-V");
        assertThat(new SheetCode(200, 42)).hasToString("200-0042-T");
        assertThat(new SheetCode(3, 12345).toString()).startsWith("3-12345-");
    }

    @Test
    void readsACodeAsPrintedWhateverItsCaseAndSpaces() {
        assertThat(SheetCode.parse(" 12-0007-r ")).contains(new SheetCode(12, 7));
        assertThat(SheetCode.parse("12 - 0007 - R")).contains(new SheetCode(12, 7));
    }

    @ParameterizedTest(name = "« {0} » : {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NUL",
            value = {
                "12-0007-R   | NUL",
                "NUL         | code de la feuille manquant",
                "'  '        | code de la feuille manquant",
                "12-0007-S   | code de feuille invalide « 12-0007-S » : recopiez-le tel qu'il est imprimé en haut de la"
                        + " feuille (par exemple « 12-0001-V »)",
                "12-7-R      | code de feuille invalide « 12-7-R » : recopiez-le tel qu'il est imprimé en haut de la"
                        + " feuille (par exemple « 12-0001-V »)",
                "120007R     | code de feuille invalide « 120007R » : recopiez-le tel qu'il est imprimé en haut de la"
                        + " feuille (par exemple « 12-0001-V »)",
                "12-0000-N   | code de feuille invalide « 12-0000-N » : recopiez-le tel qu'il est imprimé en haut de la"
                        + " feuille (par exemple « 12-0001-V »)",
                "200-0042-T  | la feuille 200-0042-T est celle d'une autre enquête (n° 200)",
                "12-0011-c   | NUL",
            })
    void saysWhyATypedCodeIsNotOneOfTheSurveysPrintedSheets(String typed, String fault) {
        assertThat(SheetCode.fault(typed, 12, 11)).isEqualTo(fault);
    }

    @Test
    void refusesASheetThatWasNeverPrinted() {
        assertThat(SheetCode.fault("12-0007-R", 12, 6))
                .isEqualTo("la feuille 12-0007-R n'a pas été imprimée : 6 feuilles imprimées pour cette enquête");
        assertThat(SheetCode.fault("12-0001-V", 12, 0))
                .isEqualTo("la feuille 12-0001-V n'a pas été imprimée : aucune feuille imprimée pour cette enquête");
    }

    @Property
    void anySingleWrongCharacterIsRefused(
            @ForAll @LongRange(min = 1, max = 999_999_999L) long survey,
            @ForAll @IntRange(min = 1, max = 999_999) int sheet,
            @ForAll @IntRange(min = 0, max = 100) int position,
            @ForAll @IntRange(min = 0, max = 100) int replacement) {
        String code = new SheetCode(survey, sheet).toString();
        int at = position % code.length();
        char typo = TYPABLE.charAt(replacement % TYPABLE.length());
        if (typo == code.charAt(at)) typo = TYPABLE.charAt((replacement + 1) % TYPABLE.length());
        String typed = code.substring(0, at) + typo + code.substring(at + 1);

        assertThat(SheetCode.parse(typed)).as(code + " tapé " + typed).isEmpty();
    }

    @Property
    void twoNeighboursSwappedAreRefused(
            @ForAll @LongRange(min = 1, max = 999_999_999L) long survey,
            @ForAll @IntRange(min = 1, max = 999_999) int sheet,
            @ForAll @IntRange(min = 0, max = 100) int position) {
        String code = new SheetCode(survey, sheet).toString();
        int at = position % (code.length() - 1);
        if (code.charAt(at) == code.charAt(at + 1)) return;
        String typed = code.substring(0, at) + code.charAt(at + 1) + code.charAt(at) + code.substring(at + 2);

        assertThat(SheetCode.parse(typed)).as(code + " tapé " + typed).isEmpty();
    }
}
