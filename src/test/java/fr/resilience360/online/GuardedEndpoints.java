package fr.resilience360.online;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints a permission table must list: every « VERB /pattern » served by a controller that takes the given
 * access class in its constructor. A table that forgets a new endpoint then fails its completeness test.
 */
public final class GuardedEndpoints {

    private GuardedEndpoints() {}

    public static Set<String> of(RequestMappingHandlerMapping mappings, Class<?> access) {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean guarded = Arrays.stream(method.getBeanType().getDeclaredConstructors())
                    .anyMatch(c -> Arrays.asList(c.getParameterTypes()).contains(access));
            if (!guarded) return;
            for (String pattern : info.getPatternValues())
                for (var verb : info.getMethodsCondition().getMethods()) served.add(verb + " " + pattern);
        });
        return served;
    }
}
