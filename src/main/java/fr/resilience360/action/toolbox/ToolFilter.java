package fr.resilience360.action.toolbox;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.Coded;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The filters of the toolbox list: phase, public, duration (each null for any) and words to search (accents and case
 * ignored). Built from the request parameters {@code phase}, {@code public}, {@code duree}, {@code q}; an unknown code
 * is a 400 naming the parameter and the codes there are.
 */
public record ToolFilter(Phase phase, Audience audience, ToolDuration duration, String text) {

    public static final ToolFilter NONE = new ToolFilter(null, null, null, "");

    public static ToolFilter parse(String phase, String audience, String duration, String text) {
        return new ToolFilter(
                parse(Phase.class, "phase", phase),
                parse(Audience.class, "public", audience),
                parse(ToolDuration.class, "duree", duration),
                text == null ? "" : text.strip());
    }

    public boolean any() {
        return phase != null || audience != null || duration != null || !text.isEmpty();
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String parameter, String code) {
        if (code == null || code.isBlank()) return null;
        return Coded.find(type, code.strip())
                .orElseThrow(() -> new BadParameterException(
                        parameter,
                        "Le paramètre « " + parameter + " » vaut « " + code + " » ; valeurs possibles : "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(Coded::code)
                                        .collect(Collectors.joining(", "))
                                + "."));
    }
}
