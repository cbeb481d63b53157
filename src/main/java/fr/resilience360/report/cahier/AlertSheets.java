package fr.resilience360.report.cahier;

import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.survey.Surveys;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.typology.AssignedType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Builds a territory's {@link AlertSheet} from its scores, its type's cahier and the catalogue. */
@Service
public class AlertSheets {

    private final NeedScoreSource scores;
    private final TerritoryTypologies typologies;
    private final TypeCahiers cahiers;
    private final Catalogue catalogue;
    private final Surveys surveys;
    private final List<Need> needs;

    AlertSheets(
            NeedScoreSource scores,
            TerritoryTypologies typologies,
            TypeCahiers cahiers,
            Catalogue catalogue,
            Surveys surveys,
            Referentials referentials) {
        this.scores = scores;
        this.typologies = typologies;
        this.cahiers = cahiers;
        this.catalogue = catalogue;
        this.surveys = surveys;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
    }

    public AlertSheet of(TerritorySummary territory, String baseUrl) {
        NeedScoreSource.Scores own = scores.of(territory);
        List<ResilienceType> types = typologies.of(territory.id()).stream()
                .flatMap(t -> t.types().stream().map(AssignedType::type))
                .toList();
        TypeCahier cahier = types.isEmpty() ? null : cahiers.of(types.get(0));
        List<Need> weakest = needs.stream()
                .filter(n -> own.byNeed().get(n.id()) != null)
                .sorted(Comparator.comparing((Need n) -> own.byNeed().get(n.id())))
                .limit(3)
                .toList();
        List<AlertSheet.NeedFigure> issues = cahier == null
                ? List.of()
                : cahier.weakNeeds().stream()
                        .limit(3)
                        .map(f -> figure(need(f.id()), own.byNeed(), cahier, f.percent()))
                        .toList();
        return new AlertSheet(
                territory,
                types,
                types.isEmpty() ? null : types.get(0),
                own.source(),
                weakest.stream().map(n -> figure(n, own.byNeed(), cahier, null)).toList(),
                issues,
                actions(weakest),
                baseUrl + "/territoires/" + territory.id(),
                surveys.openLink(territory.id(), "elus").orElse(null));
    }

    /** One action per weak need, the first of the catalogue whose main need it is (else that improves it). */
    private List<CatalogueAction> actions(List<Need> weakest) {
        List<CatalogueAction> chosen = new ArrayList<>();
        for (Need need : weakest)
            catalogue.improving(need.id()).stream()
                    .filter(a -> !chosen.contains(a))
                    .min(Comparator.comparing(
                            (CatalogueAction a) -> a.needs().get(0).equals(need.id()) ? 0 : 1))
                    .ifPresent(chosen::add);
        return chosen;
    }

    private static AlertSheet.NeedFigure figure(Need need, Map<String, Double> own, TypeCahier cahier, Long share) {
        Double median = cahier == null
                ? null
                : cahier.needs().stream()
                        .filter(s -> s.need().id().equals(need.id()))
                        .findFirst()
                        .map(TypeCahier.NeedSpread::median)
                        .orElse(null);
        return new AlertSheet.NeedFigure(need, own.get(need.id()), median, share);
    }

    private Need need(String id) {
        return needs.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
