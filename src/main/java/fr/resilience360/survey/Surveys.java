package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.TerritorySummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Opens a territory's survey from a template (a snapshot of the questionnaire, a public token, a retention date one
 * year after opening) and finds surveys by token or id.
 */
@Service
public class Surveys {

    /** How long answers are kept by default after a survey is opened (the retention job is still to come). */
    static final int RETENTION_YEARS = 1;

    private final SurveyRepository repository;
    private final SurveyTemplates templates;
    private final String baseUrl;
    private final Clock clock;

    @Autowired
    Surveys(
            SurveyRepository repository,
            SurveyTemplates templates,
            @Value("${resilience360.base-url:http://localhost:8080}") String baseUrl) {
        this(repository, templates, baseUrl, Clock.systemUTC());
    }

    Surveys(SurveyRepository repository, SurveyTemplates templates, String baseUrl, Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Opens a survey of the territory with this template; {@code by} is who asked (an address, or the command). */
    public CreatedSurvey create(TerritorySummary territory, String template, String by) {
        return create(territory, template, templates.require(template), by);
    }

    /** Opens a survey with this questionnaire (already checked), recorded under {@code template}. */
    CreatedSurvey create(TerritorySummary territory, String template, Questionnaire questionnaire, String by) {
        String token = SurveySecrets.token();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"));
        long id = repository.insert(new SurveyRepository.NewSurvey(
                territory.id(),
                template,
                SurveyJson.write(questionnaire),
                questionnaire.version(),
                token,
                SurveySecrets.randomBytes(32),
                today.plusYears(RETENTION_YEARS),
                by));
        return new CreatedSurvey(id, token, baseUrl + "/enquetes/" + token);
    }

    /**
     * The public link of the territory's latest survey of this template ({@code habitants}, {@code elus},
     * {@code entreprises}) that takes answers now; empty when none does. For printed documents (the KAART alert).
     */
    public java.util.Optional<String> openLink(String territoryId, String template) {
        Instant now = clock.instant();
        return repository.openOf(territoryId, template).stream()
                .filter(s -> s.takesAnswersAt(now))
                .findFirst()
                .map(this::link);
    }

    /**
     * Changes whenever {@link #openLink} may answer differently: a survey opened, closed or its dates changed (the
     * day's own changes aside: a cache keyed on it also keys on the day). One small query on the surveys' table.
     */
    public String openLinksVersion() {
        return repository.openingsState();
    }

    /** The public link of a survey, the one its QR code holds. */
    String link(Survey survey) {
        return link(survey.token());
    }

    String link(String token) {
        return baseUrl + "/enquetes/" + token;
    }

    /** The survey of this token if it takes answers now; else 404, whether unknown or closed. */
    Survey open(String token) {
        Instant now = clock.instant();
        return repository
                .byToken(token)
                .filter(s -> s.takesAnswersAt(now))
                .orElseThrow(() -> new NotFoundException(
                        "Enquête introuvable",
                        "Aucune enquête ouverte ne correspond à ce lien : il est inexact, ou l'enquête est close."));
    }

    java.util.Optional<Survey> find(long id) {
        return repository.byId(id);
    }

    Survey byId(long id) {
        return repository
                .byId(id)
                .orElseThrow(() ->
                        new NotFoundException("Enquête introuvable", "Aucune enquête n'a l'identifiant " + id + "."));
    }
}
