package fr.resilience360.action.toolbox;

import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A territory's parcours page ({@code /territoires/{code}/parcours}): its members follow the steps and their progress;
 * editors add a tool as a step, change its date, status and note, move it, remove it, or copy the suggested parcours.
 * A wrong field shows the page again with its French error (400).
 */
@Controller
class ParcoursPageController {

    private static final String PAGE = "/territoires/{code}/parcours";

    private final Parcours parcours;
    private final ParcoursView view;

    ParcoursPageController(Parcours parcours, ParcoursView view) {
        this.parcours = parcours;
        this.view = view;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String code, Model model) {
        return view.render(model, parcours.territory(code), 0, Map.of());
    }

    @PostMapping(PAGE + "/etapes")
    String add(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        TerritorySummary territory = parcours.territory(code);
        try {
            ParcoursStep step = parcours.add(territory, fields(form, "outil", "date", "note"));
            flash.addFlashAttribute("notice", "Étape ajoutée au parcours.");
            return redirect(territory, step.id());
        } catch (InvalidFieldsException e) {
            response.setStatus(400);
            return view.render(model, territory, -1, e.fields());
        }
    }

    @PostMapping(PAGE + "/etapes/{id:\\d+}")
    String change(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        TerritorySummary territory = parcours.territory(code);
        try {
            parcours.change(territory, id, fields(form, "date", "statut", "note"));
            flash.addFlashAttribute("notice", "Étape enregistrée.");
            return redirect(territory, id);
        } catch (InvalidFieldsException e) {
            response.setStatus(400);
            return view.render(model, territory, id, e.fields());
        }
    }

    @PostMapping(PAGE + "/etapes/{id:\\d+}/deplacement")
    String move(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String sens) {
        TerritorySummary territory = parcours.territory(code);
        parcours.move(territory, id, "haut".equals(sens));
        return redirect(territory, id);
    }

    @PostMapping(PAGE + "/etapes/{id:\\d+}/suppression")
    String delete(@PathVariable String code, @PathVariable long id, RedirectAttributes flash) {
        TerritorySummary territory = parcours.territory(code);
        parcours.delete(territory, id);
        flash.addFlashAttribute("notice", "Étape retirée du parcours.");
        return "redirect:/territoires/" + territory.id() + "/parcours";
    }

    @PostMapping(PAGE + "/suggere")
    String copySuggested(@PathVariable String code, RedirectAttributes flash) {
        TerritorySummary territory = parcours.territory(code);
        int added = parcours.copySuggested(territory);
        flash.addFlashAttribute("notice", added + " étapes du parcours suggéré ajoutées ; datez-les et ajustez-les.");
        return "redirect:/territoires/" + territory.id() + "/parcours";
    }

    /** The form's fields among these names (others, such as the CSRF token, are left out). */
    private static Map<String, String> fields(Map<String, String> form, String... names) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) if (form.containsKey(name)) fields.put(name, form.get(name));
        return fields;
    }

    private static String redirect(TerritorySummary territory, long stepId) {
        return "redirect:/territoires/" + territory.id() + "/parcours#etape-" + stepId;
    }
}
