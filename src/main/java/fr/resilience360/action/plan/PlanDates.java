package fr.resilience360.action.plan;

import fr.resilience360.shared.InvalidFieldsException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Small helpers of the plan's web layer: today in France, versions as ETags, finding an action in a view. */
final class PlanDates {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private PlanDates() {}

    static LocalDate today() {
        return LocalDate.now(FRANCE);
    }

    static String etag(PlanAction action) {
        return "\"" + action.version() + "\"";
    }

    /** The version a change was read at: {@code If-Match} ({@code "3"}, {@code W/"3"}), else the body's version. */
    static int version(String ifMatch, Long bodyVersion) {
        if (ifMatch != null) {
            try {
                return Integer.parseInt(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
            } catch (NumberFormatException e) {
                throw new InvalidFieldsException(
                        "Version illisible.",
                        Map.of("If-Match", "Version attendue, par " + "exemple \"3\" : « " + ifMatch + " »."));
            }
        }
        if (bodyVersion != null) return bodyVersion.intValue();
        throw new InvalidFieldsException(
                "Version manquante.",
                Map.of(
                        "version",
                        "Envoyez la version lue de l'action (en-tête If-Match ou champ « version ») : une "
                                + "modification concurrente serait sinon écrasée sans que personne le sache."));
    }

    /** An action or sub-action of a view. */
    static Optional<PlanView.ActionView> find(PlanView view, long id) {
        return view.actions().stream()
                .flatMap(a -> Stream.concat(Stream.of(a), a.subActions().stream()))
                .filter(a -> a.id() == id)
                .findFirst();
    }
}
