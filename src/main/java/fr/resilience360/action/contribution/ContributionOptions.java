package fr.resilience360.action.contribution;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import fr.resilience360.referential.Referentials;
import fr.resilience360.vulnerability.StressTests;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the proposal form: the catalogue's objectifs by axis, needs, hazards, levers and the scales. */
@Component
class ContributionOptions {

    private final Catalogue catalogue;
    private final Referentials referentials;
    private final StressTests stressTests;

    ContributionOptions(Catalogue catalogue, Referentials referentials, StressTests stressTests) {
        this.catalogue = catalogue;
        this.referentials = referentials;
        this.stressTests = stressTests;
    }

    /** An objectif with the axis and orientation it belongs to, for the select's groups. */
    record GoalChoice(String id, String title, String orientation) {}

    record AxisGoals(String title, List<GoalChoice> goals) {}

    void addTo(Model model) {
        model.addAttribute(
                "goalGroups",
                catalogue.axes().stream()
                        .map(a -> new AxisGoals(
                                a.title(),
                                a.orientations().stream()
                                        .flatMap(o -> o.goals().stream()
                                                .map(g -> new GoalChoice(g.id(), g.title(), o.title())))
                                        .toList()))
                        .filter(a -> !a.goals().isEmpty())
                        .toList());
        model.addAttribute("needs", referentials.byId(Referentials.DIAG360).needs());
        model.addAttribute("hazards", stressTests.chains().hazards());
        model.addAttribute("levers", BoussoleLever.values());
        model.addAttribute("costs", CostRange.values());
        model.addAttribute("delays", Delay.values());
        model.addAttribute("difficulties", Difficulty.values());
        model.addAttribute("cobenefits", CoBenefit.values());
    }
}
