package fr.resilience360.action.catalogue;

import fr.resilience360.action.Axis;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.BoussolePrinciple;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the catalogue's filters, and the Boussole's principles with how many actions serve each lever. */
@Component
class CatalogueOptions {

    private final Catalogue catalogue;
    private final ActionViews views;

    CatalogueOptions(Catalogue catalogue, ActionViews views) {
        this.catalogue = catalogue;
        this.views = views;
    }

    /** A lever with the number of catalogue actions that serve it. */
    record LeverCount(BoussoleLever lever, int actions) {}

    record PrincipleLevers(BoussolePrinciple principle, List<LeverCount> levers) {}

    /** Every filter's choices, as the form of {@code /actions} lists them. */
    void addTo(Model model) {
        model.addAttribute(
                "axes",
                catalogue.axes().stream()
                        .map(a -> new ActionView.Labelled(a.id(), a.title()))
                        .toList());
        model.addAttribute("needs", views.needs());
        model.addAttribute("principles", principles());
        model.addAttribute("hazards", views.hazards());
        model.addAttribute("costs", CostRange.values());
        model.addAttribute("delays", Delay.values());
        model.addAttribute("difficulties", Difficulty.values());
        model.addAttribute("cobenefits", CoBenefit.values());
    }

    List<PrincipleLevers> principles() {
        return Arrays.stream(BoussolePrinciple.values())
                .map(p -> new PrincipleLevers(
                        p,
                        BoussoleLever.of(p).stream()
                                .map(l -> new LeverCount(l, catalogue.serving(l).size()))
                                .toList()))
                .toList();
    }

    /** The axes without their actions' details: ids of the actions under each objectif. */
    List<Axis> axes() {
        return catalogue.axes();
    }
}
