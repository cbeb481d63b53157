package fr.resilience360.survey;

import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.shared.PerVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * What every territory shares from its surveys of one template ({@code elus}, {@code entreprises}), with the number
 * of respondents behind each value: for national syntheses (module {@code report}), which pool them by territory type
 * and hide what rests on too few answers. The same values as the observatory's « déclaré » ones
 * ({@link ObservatorySharing}); computed again only when the shared answers change.
 */
@Service
public class SharedSurveyResults {

    /** One territory's value of a shared indicator for the year its surveys were opened. */
    public record Shared(String territoryId, DeclaredIndicatorValues.Value value) {}

    private final SharingRepository repository;
    private final ObservatorySharing sharing;
    private final Map<String, PerVersion<List<Shared>>> byTemplate = new ConcurrentHashMap<>();

    SharedSurveyResults(SharingRepository repository, ObservatorySharing sharing) {
        this.repository = repository;
        this.sharing = sharing;
    }

    public List<Shared> of(String template) {
        List<SharingRepository.SharedState> states = repository.states().stream()
                .filter(s -> s.template().equals(template))
                .toList();
        return byTemplate
                .computeIfAbsent(template, t -> new PerVersion<>())
                .get(
                        states.toString(),
                        () -> states.stream()
                                .flatMap(s -> sharing.values(s.territoryId(), template).stream()
                                        .map(v -> new Shared(s.territoryId(), v)))
                                .toList());
    }
}
