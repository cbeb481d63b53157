package fr.resilience360.report.cahier;

import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.survey.Surveys;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.AssignedType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Builds a territory's {@link AlertSheet} from its scores, its peers of the same type (the communes of the type for a
 * commune, the EPCI of the type — its type's cahier — for an EPCI) and the catalogue.
 */
@Service
public class AlertSheets {

    private final NeedScoreSource scores;
    private final TerritoryTypologies typologies;
    private final TypeCahiers cahiers;
    private final CommuneTypes communes;
    private final Catalogue catalogue;
    private final Surveys surveys;
    private final List<Need> needs;

    AlertSheets(
            NeedScoreSource scores,
            TerritoryTypologies typologies,
            TypeCahiers cahiers,
            CommuneTypes communes,
            Catalogue catalogue,
            Surveys surveys,
            Referentials referentials) {
        this.scores = scores;
        this.typologies = typologies;
        this.cahiers = cahiers;
        this.communes = communes;
        this.catalogue = catalogue;
        this.surveys = surveys;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
    }

    public AlertSheet of(TerritorySummary territory, String baseUrl) {
        NeedScoreSource.Scores own = scores.of(territory);
        List<ResilienceType> types = typologies.of(territory.id()).stream()
                .flatMap(t -> t.types().stream().map(AssignedType::type))
                .toList();
        Frame frame = types.isEmpty() ? null : frame(territory, types.get(0));
        List<Need> weakest = needs.stream()
                .filter(n -> own.byNeed().get(n.id()) != null)
                .sorted(Comparator.comparing((Need n) -> own.byNeed().get(n.id())))
                .limit(3)
                .toList();
        List<AlertSheet.NeedFigure> issues = frame == null
                ? List.of()
                : frame.weakNeeds().stream()
                        .limit(3)
                        .map(f -> figure(need(f.id()), own.byNeed(), frame, f.percent()))
                        .toList();
        return new AlertSheet(
                territory,
                types,
                types.isEmpty() ? null : types.get(0),
                own.source(),
                weakest.stream().map(n -> figure(n, own.byNeed(), frame, null)).toList(),
                issues,
                frame == null ? null : frame.peers(),
                actions(weakest),
                baseUrl + "/territoires/" + territory.id(),
                surveys.openLink(territory.id(), "elus").orElse(null));
    }

    /** The peers' medians (by need id) and typical weak needs. */
    private record Frame(AlertSheet.Peers peers, Map<String, Double> medians, List<TypeCahier.Frequency> weakNeeds) {}

    /** A commune is compared with the communes of its type, an EPCI with the EPCI of its type (its type's cahier). */
    private Frame frame(TerritorySummary territory, ResilienceType type) {
        if (territory.type() == TerritoryType.COMMUNE) {
            CommuneTypes.Figures f = communes.of(type);
            return new Frame(new AlertSheet.Peers("communes", type, f.scored()), f.medians(), f.weakNeeds());
        }
        TypeCahier cahier = cahiers.of(type);
        Map<String, Double> medians = new HashMap<>();
        cahier.needs().stream()
                .filter(s -> s.median() != null)
                .forEach(s -> medians.put(s.need().id(), s.median()));
        return new Frame(new AlertSheet.Peers("EPCI", type, cahier.scored()), medians, cahier.weakNeeds());
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

    private static AlertSheet.NeedFigure figure(Need need, Map<String, Double> own, Frame frame, Long share) {
        return new AlertSheet.NeedFigure(
                need, own.get(need.id()), frame == null ? null : frame.medians().get(need.id()), share);
    }

    private Need need(String id) {
        return needs.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
