package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.resilience360.shared.InvalidFieldsException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, item 1: a survey's settings as its team sends them, read and checked in French with one message per field
 * naming the field; nothing comes out of a form with an error.
 */
class SurveySettingsFormTest {

    private static final LocalDate TODAY = LocalDate.of(2029, 12, 1);

    /** Opened on 10/01/2030, no closing, answers not editable, kept until 10/01/2031 then anonymised. */
    private static final SurveySettings CURRENT = new SurveySettings(
            SurveySettings.startOf(LocalDate.of(2030, 1, 10)),
            null,
            false,
            LocalDate.of(2031, 1, 10),
            SurveySettings.ANONYMISE);

    @Test
    void readsDaysAsParisDaysTheClosingBeingMidnightAfterTheLastDay() {
        SurveySettings read =
                SettingsForm.read(form("2030-01-12", "31/01/2030", "2031-02-01", "supprimer", "true"), CURRENT, TODAY);

        assertThat(read.opensAt()).isEqualTo(Instant.parse("2030-01-11T23:00:00Z"));
        assertThat(read.closesAt()).isEqualTo(Instant.parse("2030-01-31T23:00:00Z"));
        assertThat(read.lastDay()).isEqualTo(LocalDate.of(2030, 1, 31));
        assertThat(read.allowEdit()).isTrue();
        assertThat(read.retainUntil()).isEqualTo(LocalDate.of(2031, 2, 1));
        assertThat(read.retentionAction()).isEqualTo("supprimer");
    }

    @Test
    void anEmptyClosingMeansNoClosingAndAnUncheckedBoxForbidsEditing() {
        SurveySettings read = SettingsForm.read(
                form("2030-01-10", "", "2031-01-10", "anonymiser", "false"),
                new SurveySettings(
                        CURRENT.opensAt(),
                        Instant.parse("2030-03-01T00:00:00Z"),
                        true,
                        CURRENT.retainUntil(),
                        "anonymiser"),
                TODAY);

        assertThat(read.closesAt()).isNull();
        assertThat(read.allowEdit()).isFalse();
    }

    @Test
    void fieldsLeftOutKeepTheirCurrentValue() {
        SurveySettings read = SettingsForm.read(Map.of(SettingsForm.ALLOW_EDIT, "true"), CURRENT, TODAY);

        assertThat(read)
                .isEqualTo(new SurveySettings(
                        CURRENT.opensAt(), null, true, CURRENT.retainUntil(), CURRENT.retentionAction()));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2030-01-10 | 2030-01-09 | 2031-01-10 | anonymiser | fermeture            | Date de fermeture : le 09/01/2030 précède la date d'ouverture (10/01/2030).
                       |            | 2031-01-10 | anonymiser | ouverture            | Date d'ouverture : saisissez la date d'ouverture (jj/mm/aaaa).
            2030-02-30 |            | 2031-01-10 | anonymiser | ouverture            | Date d'ouverture : « 2030-02-30 » n'est pas une date (jj/mm/aaaa attendu).
            2030-01-10 | 31/02/2030 | 2031-01-10 | anonymiser | fermeture            | Date de fermeture : « 31/02/2030 » n'est pas une date (jj/mm/aaaa attendu).
            2030-01-10 | 2030-03-01 | 2030-02-01 | anonymiser | conservation         | Conservation des réponses : le 01/02/2030 précède la date de fermeture (01/03/2030) ; les réponses doivent être gardées au moins jusqu'à la fin de l'enquête.
            2030-01-10 |            | 2030-01-09 | anonymiser | conservation         | Conservation des réponses : le 09/01/2030 précède la date d'ouverture (10/01/2030) ; les réponses doivent être gardées au moins jusqu'à la fin de l'enquête.
            2029-10-01 |            | 2029-11-01 | anonymiser | conservation         | Conservation des réponses : le 01/11/2029 est déjà passé.
            2030-01-10 |            |            | anonymiser | conservation         | Conservation des réponses : saisissez la date jusqu'à laquelle les garder.
            2030-01-10 |            | 2031-01-10 | garder     | action_conservation  | Après la conservation : choisissez « anonymiser » ou « supprimer » les réponses.
            """)
    void refusesAWrongFieldWithAFrenchMessageNamingIt(
            String opening, String closing, String retain, String action, String field, String message) {
        InvalidFieldsException e = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> SettingsForm.read(form(opening, closing, retain, action, "false"), CURRENT, TODAY));

        assertThat(e.fields()).containsExactly(Map.entry(field, message));
        assertThat(e.getMessage()).isEqualTo("Un réglage est à corriger.");
    }

    @Test
    void listsEveryWrongFieldAtOnce() {
        InvalidFieldsException e = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> SettingsForm.read(form("hier", "2030-01-01", "", "tout", "false"), CURRENT, TODAY));

        assertThat(e.fields()).containsOnlyKeys("ouverture", "conservation", "action_conservation");
        assertThat(e.getMessage()).isEqualTo("3 réglages sont à corriger.");
    }

    @Test
    void aRetentionDayAlreadyPastMayBeKeptAsItIs() {
        SurveySettings past = new SurveySettings(
                SurveySettings.startOf(LocalDate.of(2029, 1, 1)), null, false, LocalDate.of(2029, 6, 1), "anonymiser");

        SurveySettings read =
                SettingsForm.read(form("2029-01-01", "", "2029-06-01", "anonymiser", "true"), past, TODAY);

        assertThat(read.allowEdit()).isTrue();
        assertThat(read.retainUntil()).isEqualTo(LocalDate.of(2029, 6, 1));
    }

    private static Map<String, String> form(
            String opening, String closing, String retain, String action, String allowEdit) {
        Map<String, String> form = new HashMap<>();
        form.put(SettingsForm.OPENING, opening == null ? "" : opening);
        form.put(SettingsForm.CLOSING, closing == null ? "" : closing);
        form.put(SettingsForm.RETAIN_UNTIL, retain == null ? "" : retain);
        form.put(SettingsForm.RETENTION_ACTION, action);
        form.put(SettingsForm.ALLOW_EDIT, allowEdit);
        return form;
    }
}
