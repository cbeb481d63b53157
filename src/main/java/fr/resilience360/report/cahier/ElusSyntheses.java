package fr.resilience360.report.cahier;

import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.PrintedDocuments;
import fr.resilience360.survey.SharedSurveyResults;
import fr.resilience360.territory.typology.AssignedType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the {@link ElusSynthesis} from the shared élus' surveys, the typology and the observatory's labels, and prints
 * it (template {@code report/synthese-elus-pdf}, whose content the page {@code report/synthese-elus} shares).
 */
@Service
public class ElusSyntheses {

    static final String PDF_TEMPLATE = "report/synthese-elus-pdf";

    private final SharedSurveyResults shared;
    private final TerritoryTypologies typologies;
    private final Observatory observatory;
    private final PrintedDocuments documents;

    ElusSyntheses(
            SharedSurveyResults shared,
            TerritoryTypologies typologies,
            Observatory observatory,
            PrintedDocuments documents) {
        this.shared = shared;
        this.typologies = typologies;
        this.observatory = observatory;
        this.documents = documents;
    }

    /** The synthesis as an A4 landscape PDF, edited on that day. */
    public byte[] pdf(ElusSynthesis synthesis, LocalDate edited) {
        return documents.pdf(PDF_TEMPLATE, Map.of("synthesis", synthesis, "today", edited));
    }

    public ElusSynthesis now() {
        List<SharedSurveyResults.Shared> values = latest(shared.of("elus"));
        Map<String, List<ResilienceType>> types = new HashMap<>();
        values.forEach(v -> types.computeIfAbsent(
                v.territoryId(),
                id -> typologies.of(id).stream()
                        .flatMap(t -> t.types().stream().map(AssignedType::type))
                        .toList()));
        List<String> indicators = values.stream()
                .map(v -> v.value().indicatorId())
                .distinct()
                .sorted()
                .toList();
        return of(values, types, indicators.stream().map(this::heading).toList());
    }

    /** An indicator as its row names it. */
    record Heading(String id, String label, String unit) {}

    /** The synthesis of these values (one per territory and indicator), the territories' types and indicators. */
    static ElusSynthesis of(
            List<SharedSurveyResults.Shared> values,
            Map<String, List<ResilienceType>> types,
            List<Heading> indicators) {
        List<ElusSynthesis.Row> rows = new ArrayList<>();
        for (Heading indicator : indicators) {
            List<ElusSynthesis.Cell> cells = new ArrayList<>();
            for (ResilienceType type : ResilienceType.values()) {
                var ofType = values.stream()
                        .filter(v -> v.value().indicatorId().equals(indicator.id()))
                        .filter(v ->
                                types.getOrDefault(v.territoryId(), List.of()).contains(type))
                        .toList();
                int respondents =
                        ofType.stream().mapToInt(v -> v.value().respondents()).sum();
                double weighted = ofType.stream()
                        .mapToDouble(v -> v.value().value() * v.value().respondents())
                        .sum();
                boolean shown = respondents >= DeclaredIndicatorValues.MINIMUM_RESPONDENTS;
                cells.add(new ElusSynthesis.Cell(
                        type, ofType.size(), respondents, shown ? weighted / respondents : null));
            }
            rows.add(new ElusSynthesis.Row(indicator.id(), indicator.label(), indicator.unit(), cells));
        }
        int territories = (int) values.stream()
                .map(SharedSurveyResults.Shared::territoryId)
                .distinct()
                .count();
        return new ElusSynthesis(rows, List.of(ResilienceType.values()), territories);
    }

    /** Each territory's latest year of each indicator. */
    private static List<SharedSurveyResults.Shared> latest(List<SharedSurveyResults.Shared> all) {
        return List.copyOf(all.stream()
                .collect(Collectors.toMap(
                        v -> v.territoryId() + "/" + v.value().indicatorId(),
                        Function.identity(),
                        (a, b) -> a.value().period().compareTo(b.value().period()) >= 0 ? a : b))
                .values()
                .stream()
                .sorted(Comparator.comparing(SharedSurveyResults.Shared::territoryId))
                .toList());
    }

    private Heading heading(String id) {
        Indicator indicator = observatory
                .indicator(id)
                .orElseThrow(() -> new IllegalStateException("Indicateur partagé inconnu de l'observatoire : " + id));
        return new Heading(id, indicator.label(), indicator.unit());
    }
}
