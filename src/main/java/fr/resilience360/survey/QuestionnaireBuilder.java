package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A territory's own questionnaires: copied from a template (version 1), edited as a draft that may break the rules
 * (nothing typed is lost), saved as versions 2, 3… only when valid, and a survey opened with the latest version (the
 * survey keeps its copy, recorded as template {@code perso} and version {@code perso-ID-vN}). Reading needs
 * {@link Action#READ_DRAFTS} on the territory, every change {@link Action#EDIT_DIAGNOSTICS}.
 */
@Service
class QuestionnaireBuilder {

    /** The template column of a survey opened from a territory's own questionnaire. */
    static final String CUSTOM = "perso";

    /** A questionnaire with its draft read, and who asked (their address). */
    record Opened(QuestionnaireRepository.Stored stored, Questionnaire draft, String by) {}

    /** The outcome of a save: the new version's number, or every rule the draft breaks. */
    record Saved(int version, List<QuestionnaireRules.Problem> problems) {}

    private final QuestionnaireRepository repository;
    private final SurveyTemplates templates;
    private final QuestionnaireCatalogue catalogue;
    private final SurveyAccess access;
    private final Territories territories;
    private final Surveys surveys;

    QuestionnaireBuilder(
            QuestionnaireRepository repository,
            SurveyTemplates templates,
            QuestionnaireCatalogue catalogue,
            SurveyAccess access,
            Territories territories,
            Surveys surveys) {
        this.repository = repository;
        this.templates = templates;
        this.catalogue = catalogue;
        this.access = access;
        this.territories = territories;
        this.surveys = surveys;
    }

    List<QuestionnaireRepository.Stored> list(TerritorySummary territory) {
        access.require(
                territory.id(), Action.READ_DRAFTS, "Seuls les membres du territoire voient ses questionnaires.");
        return repository.ofTerritory(territory.id());
    }

    /** Copies a template as the territory's questionnaire, saved as version 1; its id. */
    @Transactional
    long copy(TerritorySummary territory, String template) {
        String by = access.require(territory.id(), Action.EDIT_DIAGNOSTICS, editorsOnly());
        Questionnaire source = templates.require(template);
        long id = repository.insert(territory.id(), source.titre(), template, SurveyJson.write(source), by);
        repository.addVersion(id, n -> SurveyJson.write(numbered(source, id, n)), by);
        return id;
    }

    Opened read(long id) {
        return open(id, Action.READ_DRAFTS, "Seuls les membres du territoire voient ce questionnaire.");
    }

    Opened forEditing(long id) {
        return open(id, Action.EDIT_DIAGNOSTICS, editorsOnly());
    }

    /** Whether the person of this request may change the questionnaires of this territory. */
    boolean mayEdit(String territoryId) {
        try {
            access.require(territoryId, Action.EDIT_DIAGNOSTICS, editorsOnly());
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Applies an edit to the draft and keeps it, valid or not; a position that does not exist is a 404. The
     * questionnaire's row is locked from reading to writing, so two edits at once (two tabs) both count.
     */
    @Transactional
    Questionnaire edit(long id, UnaryOperator<Questionnaire> edit) {
        repository.lock(id);
        Opened q = forEditing(id);
        Questionnaire changed;
        try {
            changed = edit.apply(q.draft());
        } catch (IndexOutOfBoundsException e) {
            throw new NotFoundException(
                    "Élément introuvable",
                    "Cette section ou cette question n'est plus à cette place : le questionnaire a changé entre-temps."
                            + " Rechargez la page.");
        }
        String title = changed.titre() == null || changed.titre().isBlank()
                ? q.stored().title()
                : changed.titre();
        repository.saveDraft(id, title, SurveyJson.write(changed));
        return changed;
    }

    /** Saves the draft as the next version when it is valid; else stores nothing and returns every problem. */
    Saved save(long id) {
        Opened q = forEditing(id);
        List<QuestionnaireRules.Problem> problems = catalogue.check(numbered(q.draft(), id, 1));
        if (!problems.isEmpty()) return new Saved(0, problems);
        int version = repository.addVersion(id, n -> SurveyJson.write(numbered(q.draft(), id, n)), q.by());
        return new Saved(version, List.of());
    }

    /** The questionnaire of this saved version, as a survey would copy it. */
    Questionnaire version(Opened q, int version) {
        return repository
                .version(q.stored().id(), version)
                .map(SurveyJson::questionnaire)
                .orElseThrow(() -> new NotFoundException("Version introuvable", "Aucune version " + version + "."));
    }

    /** Opens a survey of the territory with the latest version. */
    CreatedSurvey openSurvey(long id) {
        Opened q = forEditing(id);
        TerritorySummary territory = territories.require(q.stored().territoryId());
        return surveys.create(territory, CUSTOM, version(q, q.stored().latestVersion()), q.by());
    }

    /**
     * Opens a survey with a questionnaire given whole (the API's body), checked like a template; a 400 naming every
     * problem otherwise. Without {@code modele} or {@code version}, they are {@code perso} and {@code 1}.
     */
    CreatedSurvey openWith(TerritorySummary territory, Questionnaire given, String by) {
        Questionnaire q = new Questionnaire(
                given.modele() == null ? CUSTOM : given.modele(),
                given.version() == null ? "1" : given.version(),
                given.titre(),
                given.introduction(),
                given.sections());
        Map<String, String> errors = new LinkedHashMap<>();
        for (QuestionnaireRules.Problem p : catalogue.check(q))
            errors.merge(p.path(), p.sentence(q), (a, b) -> a + " ; " + b);
        if (!errors.isEmpty()) throw new InvalidFieldsException("Questionnaire invalide", errors);
        return surveys.create(territory, CUSTOM, q, by);
    }

    /** The public link of a survey of the questionnaire's territory (to show it after opening), if it is one. */
    java.util.Optional<String> surveyLink(Opened q, long surveyId) {
        return surveys.find(surveyId)
                .filter(s -> s.territoryId().equals(q.stored().territoryId()))
                .map(surveys::link);
    }

    /** The draft as version {@code n}: code {@code perso_ID}, version {@code perso-ID-vN}. */
    static Questionnaire numbered(Questionnaire q, long id, int n) {
        String version = CUSTOM + "-" + id + "-v" + n;
        return new Questionnaire(CUSTOM + "_" + id, version, q.titre(), q.introduction(), q.sections());
    }

    private Opened open(long id, Action action, String refusal) {
        QuestionnaireRepository.Stored stored = repository
                .byId(id)
                .orElseThrow(
                        () -> new NotFoundException("Questionnaire introuvable", "Aucun questionnaire " + id + "."));
        String by = access.require(stored.territoryId(), action, refusal);
        return new Opened(stored, SurveyJson.questionnaire(stored.draftJson()), by);
    }

    private static String editorsOnly() {
        return "Seuls les éditeurs du territoire modifient ses questionnaires.";
    }
}
