package fr.resilience360.online;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The body of a diagnostic's portrait (template {@code online/portrait-body}: scores, radar, comparison, objectives,
 * strengths and weaknesses, evolution choices, anomalies) is the same for everyone who reads the diagnostic at one
 * state: it is rendered once per state, kept in memory (the {@link #MAX_ENTRIES} most recently read) and reused. What
 * differs from one person to the next (their forms and their CSRF token) is rendered around it for every request.
 */
@Component
class PortraitBodies {

    static final int MAX_ENTRIES = 512;

    private final ITemplateEngine engine;
    private final Map<String, String> bodies = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    PortraitBodies(ITemplateEngine engine) {
        this.engine = engine;
    }

    /**
     * The body for this state of a diagnostic, rendered from the model only when no body of that state is kept.
     *
     * @param state everything the body shows depends on, as one key (see {@link Portraits})
     */
    String body(
            String state,
            Supplier<Map<String, Object>> model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String kept = kept(state);
        if (kept != null) return kept;
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        String body = engine.process(
                "online/portrait-body", Set.of("portrait"), new WebContext(exchange, Locale.FRANCE, model.get()));
        keep(state, body);
        return body;
    }

    private synchronized String kept(String state) {
        return bodies.get(state);
    }

    private synchronized void keep(String state, String body) {
        bodies.put(state, body);
    }
}
