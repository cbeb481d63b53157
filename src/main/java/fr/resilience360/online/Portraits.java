package fr.resilience360.online;

import fr.resilience360.account.Action;
import fr.resilience360.comparison.Comparison;
import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A diagnostic's portrait for the person looking: what they may do on it (rendered for every request) around a body
 * that depends only on the diagnostic's state ({@link PortraitBodies}). That state is the diagnostic's id, revision
 * and weighting profile, the reference territory asked for, the territory's other diagnostics this person may compare
 * with, and the versions of the territories and of the comparison scores: a change of any renders a new body.
 */
@Component
class Portraits {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OnlineDiagnostics diagnostics;
    private final DiagnosticAccess access;
    private final DiagnosticViews views;
    private final OnlineComparisons comparisons;
    private final PortraitBodies bodies;
    private final TerritoryDirectory territories;
    private final ReferenceScores references;
    private final List<PortraitPerceptions> perceptions;

    Portraits(
            OnlineDiagnostics diagnostics,
            DiagnosticAccess access,
            DiagnosticViews views,
            OnlineComparisons comparisons,
            PortraitBodies bodies,
            TerritoryDirectory territories,
            ReferenceScores references,
            List<PortraitPerceptions> perceptions) {
        this.diagnostics = diagnostics;
        this.access = access;
        this.views = views;
        this.comparisons = comparisons;
        this.bodies = bodies;
        this.territories = territories;
        this.references = references;
        this.perceptions = perceptions;
    }

    /**
     * A portrait page: the diagnostic, its territory, the actions this person may take, the versions published from
     * this draft, and the body.
     */
    record Portrait(
            OnlineDiagnostic diagnostic,
            TerritorySummary territory,
            boolean mayEdit,
            boolean mayPublish,
            List<OnlineDiagnostic> publications,
            String body) {

        /** Where the person's own actions go in the body. */
        static final String ACTIONS = "<!--actions-->";

        /** The body before the person's actions: the diagnostic's header. */
        public String head() {
            int at = body.indexOf(ACTIONS);
            return at < 0 ? body : body.substring(0, at);
        }

        /** The body after the person's actions. */
        public String tail() {
            int at = body.indexOf(ACTIONS);
            return at < 0 ? "" : body.substring(at + ACTIONS.length());
        }
    }

    Portrait portrait(
            long id, String reference, Principal principal, HttpServletRequest request, HttpServletResponse response) {
        OnlineDiagnostic found = diagnostics.require(id);
        Rights rights = access.rights(principal, found.territoryId());
        OnlineDiagnostic diagnostic = access.readable(found, rights);
        List<OnlineDiagnostic> published = diagnostics.published(diagnostic.territoryId());
        List<OnlineDiagnostic> others = others(diagnostic, published, rights.readsDrafts());
        PortraitPerceptions.Perceptions perceived = perceptionsOf(diagnostic);
        String body = bodies.body(
                state(diagnostic, reference, others) + "/" + (perceived == null ? "-" : perceived.state()),
                () -> model(views.view(diagnostic, rights), reference, others, perceived),
                request,
                response);
        boolean draft = !diagnostic.isPublished();
        return new Portrait(
                diagnostic,
                territories.find(diagnostic.territoryId()).orElseThrow(),
                draft && rights.allows(Action.EDIT_DIAGNOSTICS),
                draft && rights.allows(Action.PUBLISH),
                draft ? publications(diagnostic, published) : List.of(),
                body);
    }

    private String state(OnlineDiagnostic d, String reference, List<OnlineDiagnostic> others) {
        return d.id() + "/" + d.revision() + "/" + d.weightingProfile() + "/" + reference + "/"
                + others.stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(","))
                + "/" + territories.version() + "/" + references.version();
    }

    /** The inhabitants' perceptions of the diagnostic's territory; none for a group of communes, which no survey asks. */
    private PortraitPerceptions.Perceptions perceptionsOf(OnlineDiagnostic diagnostic) {
        if (diagnostic.group() != null) return null;
        return perceptions.stream()
                .flatMap(p -> p.of(diagnostic.territoryId()).stream())
                .findFirst()
                .orElse(null);
    }

    private Map<String, Object> model(
            DiagnosticView view,
            String reference,
            List<OnlineDiagnostic> others,
            PortraitPerceptions.Perceptions perceived) {
        Comparison comparison = comparisons.of(view, reference);
        String radar = JSON.writeValueAsString(comparison.radar(view.needs().stream()
                .map(n -> n.need().category().workbookLabel())
                .toList()));
        Map<String, Object> model =
                new HashMap<>(Map.of("v", view, "c", comparison, "radarJson", radar, "others", others));
        model.put("perceptions", perceived);
        return model;
    }

    private static List<OnlineDiagnostic> publications(OnlineDiagnostic draft, List<OnlineDiagnostic> published) {
        return published.stream()
                .filter(p -> Long.valueOf(draft.id()).equals(p.draftId()))
                .toList();
    }

    /** The territory's other diagnostics this person may read, about the same territory or group, to compare with. */
    private List<OnlineDiagnostic> others(
            OnlineDiagnostic diagnostic, List<OnlineDiagnostic> published, boolean readsDrafts) {
        List<OnlineDiagnostic> all = new ArrayList<>(published);
        if (readsDrafts) all.addAll(diagnostics.drafts(diagnostic.territoryId()));
        return all.stream()
                .filter(o -> o.id() != diagnostic.id() && o.sameSubject(diagnostic))
                .toList();
    }
}
