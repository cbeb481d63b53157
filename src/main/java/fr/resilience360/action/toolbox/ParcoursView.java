package fr.resilience360.action.toolbox;

import fr.resilience360.territory.TerritorySummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the parcours page shows: the steps with their tool, the progress, and the forms for those who may edit. */
@Component
class ParcoursView {

    static final String VIEW = "action/toolbox-parcours";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    /**
     * A step as shown: its tool (null when the toolbox no longer has it), dates in French, the tool's links for the
     * territory.
     */
    record Row(ParcoursStep step, Tool tool, String planned, String updated, List<Tool.Link> links, boolean last) {}

    /** Done and total steps; the percentage done (0 without steps). */
    record Progress(long done, long inProgress, long abandoned, int total) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * done / total);
        }
    }

    private final Parcours parcours;
    private final Toolbox toolbox;

    ParcoursView(Parcours parcours, Toolbox toolbox) {
        this.parcours = parcours;
        this.toolbox = toolbox;
    }

    /**
     * The page; {@code errorStep} is the step whose form shows {@code errors} (-1: the adding form, 0: none). Refused
     * (sign-in page or 403) to those who are not members.
     */
    String render(Model model, TerritorySummary territory, long errorStep, Map<String, String> errors) {
        List<ParcoursStep> steps = parcours.read(territory);
        List<Row> rows = steps.stream()
                .map(s -> row(s, territory, s.rank() == steps.size()))
                .toList();
        model.addAttribute("territory", territory);
        model.addAttribute("rows", rows);
        model.addAttribute("progress", progress(steps));
        model.addAttribute("mayEdit", parcours.mayEdit(territory));
        model.addAttribute("byPhase", toolbox.byPhase(toolbox.tools()));
        model.addAttribute("statuses", StepStatus.values());
        model.addAttribute("suggested", parcours.suggested());
        model.addAttribute("errorStep", errorStep);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private Row row(ParcoursStep s, TerritorySummary territory, boolean last) {
        Tool tool = toolbox.find(s.toolId()).orElse(null);
        List<Tool.Link> links = tool == null
                ? List.of()
                : tool.links().stream()
                        .map(l -> new Tool.Link(l.title(), l.forTerritory(territory.id()), l.note()))
                        .toList();
        return new Row(
                s,
                tool,
                s.plannedOn() == null ? "date à fixer" : DAY.format(s.plannedOn()),
                WHEN.format(s.updatedAt()),
                links,
                last);
    }

    static Progress progress(List<ParcoursStep> steps) {
        return new Progress(
                count(steps, StepStatus.FAIT),
                count(steps, StepStatus.EN_COURS),
                count(steps, StepStatus.ABANDONNE),
                steps.size());
    }

    private static long count(List<ParcoursStep> steps, StepStatus status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }
}
