package fr.resilience360.survey;

import fr.resilience360.shared.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's side of a territory's surveys: their list with links and settings, and changing those settings (dates,
 * closing now or reopening, editable answers, retention), checked by {@link SettingsForm} before anything is written.
 * Who may do it is the callers' check ({@link SurveyAccess}).
 */
@Service
class SurveyAdmin {

    private final SurveySettingsRepository repository;
    private final Surveys surveys;
    private final Clock clock;

    @Autowired
    SurveyAdmin(SurveySettingsRepository repository, Surveys surveys) {
        this(repository, surveys, Clock.systemUTC());
    }

    SurveyAdmin(SurveySettingsRepository repository, Surveys surveys, Clock clock) {
        this.repository = repository;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** The territory's surveys; the one of id {@code sent} (if any) shows these form values and errors. */
    List<SurveyCard> cards(String territoryId, long sent, Map<String, String> fields, Map<String, String> errors) {
        return repository.ofTerritory(territoryId).stream()
                .map(s -> SurveyCard.of(
                        s,
                        surveys.link(s.token()),
                        clock.instant(),
                        s.id() == sent ? SurveyCard.Form.sent(fields, errors) : SurveyCard.Form.of(s.settings())))
                .toList();
    }

    /** Checks these fields against the survey's current settings and stores them; else nothing is written. */
    SurveySettings change(Survey survey, Map<String, String> fields) {
        SurveySettings current = repository.settings(survey.id()).orElseThrow();
        SurveySettings changed =
                SettingsForm.read(fields, current, LocalDate.ofInstant(clock.instant(), SurveySettings.PARIS));
        repository.update(survey.id(), changed);
        return changed;
    }

    /** The API's change: settings, then closing or reopening, in one transaction (a refused reopening undoes all). */
    @Transactional
    public SurveySettings change(Survey survey, Map<String, String> fields, String status) {
        SurveySettings settings = change(survey, fields);
        if ("fermee".equals(status)) close(survey);
        if ("ouverte".equals(status)) reopen(survey);
        return settings;
    }

    void close(Survey survey) {
        repository.close(survey.id());
    }

    /** Takes answers again, unless the retention job has already anonymised or deleted them. */
    void reopen(Survey survey) {
        if (!repository.reopen(survey.id(), clock.instant()))
            throw new ConflictException(
                    "Enquête terminée",
                    "Les réponses de l'enquête n° " + survey.id() + " ont passé leur date de conservation et ont été"
                            + " anonymisées ou supprimées : elle ne peut pas être rouverte. Ouvrez une nouvelle enquête.");
    }
}
