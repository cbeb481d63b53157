package fr.resilience360.action;

import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.ImpactChainFiles;
import java.util.List;
import java.util.stream.Collectors;

/** What the action module's plain tests share: what the catalogue may name, and a valid action to vary. */
public final class ActionFixtures {

    private ActionFixtures() {}

    /** The needs, rows and hazards of the shipped referential and impact chains. */
    public static CatalogueFiles.Known known() {
        Referential diag360 = new Referentials().byId(Referentials.DIAG360);
        List<String> needIds = diag360.needs().stream().map(n -> n.id()).toList();
        return new CatalogueFiles.Known(
                java.util.Set.copyOf(needIds),
                diag360.rows().stream()
                        .collect(Collectors.groupingBy(
                                r -> r.id(), Collectors.mapping(r -> r.need(), Collectors.toSet()))),
                ImpactChainFiles.fromClasspath(ImpactChainFiles.CURRENT, needIds).hazards().stream()
                        .map(Hazard::id)
                        .collect(Collectors.toSet()));
    }

    /** A complete, valid action improving « Se nourrir » through its row bv2_i01. */
    public static CatalogueAction action(String id) {
        return new CatalogueAction(
                id,
                "Titre de " + id,
                "Résumé de " + id,
                "Description de " + id,
                List.of("bv2"),
                List.of("bv2_i01"),
                List.of("secheresse"),
                List.of(BoussoleLever.P1_L1),
                CostRange.MOINS_10K,
                Delay.COURT,
                Difficulty.FAIBLE,
                List.of(CoBenefit.SANTE),
                List.of(),
                List.of("Chambre d'agriculture"),
                List.of(new CatalogueAction.Reference("Un guide", "Un éditeur", 2020, null)));
    }
}
