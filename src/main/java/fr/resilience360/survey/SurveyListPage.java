package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of a territory's surveys for its members ({@link Action#READ_DRAFTS}): the list, and for those who may
 * change them ({@link Action#EDIT_DIAGNOSTICS}) the form opening one from a template and each survey's settings.
 * Anonymous visitors are sent to sign in, other people refused (403).
 */
@Component
class SurveyListPage {

    static final String VIEW = "survey/list";

    /** A template offered in the opening form. */
    record TemplateChoice(String code, String title) {}

    private final Territories territories;
    private final SurveyAdmin admin;
    private final SurveyAccess access;
    private final List<TemplateChoice> choices;

    SurveyListPage(Territories territories, SurveyAdmin admin, SurveyAccess access, SurveyTemplates templates) {
        this.territories = territories;
        this.admin = admin;
        this.access = access;
        this.choices = SurveyTemplates.CODES.stream()
                .map(code -> new TemplateChoice(code, templates.require(code).titre()))
                .toList();
    }

    TerritorySummary territory(String id) {
        return territories
                .find(id)
                .orElseThrow(
                        () -> new NotFoundException("Territoire inconnu", "Aucun territoire n'a le code " + id + "."));
    }

    /** The page, the survey of id {@code sent} showing these form values and errors (0: none). */
    String render(
            Model model,
            TerritorySummary territory,
            long sent,
            Map<String, String> fields,
            Map<String, String> errors) {
        access.require(
                territory.id(),
                Action.READ_DRAFTS,
                "Seuls les membres de " + territory.name() + " voient les enquêtes du territoire.");
        model.addAttribute("territory", territory);
        model.addAttribute("cards", admin.cards(territory.id(), sent, fields, errors));
        model.addAttribute("mayEdit", access.allows(territory.id(), Action.EDIT_DIAGNOSTICS));
        model.addAttribute("templates", choices);
        return VIEW;
    }

    /** Refused (sign-in page or 403) unless this person may change the territory's surveys; their address. */
    String requireEditor(String territoryId) {
        return access.require(
                territoryId,
                Action.EDIT_DIAGNOSTICS,
                "Seuls les éditeurs et administrateurs du territoire ouvrent ou règlent ses enquêtes.");
    }
}
