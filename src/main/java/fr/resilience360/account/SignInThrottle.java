package fr.resilience360.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in throttling (issue 9: « login throttled after repeated failures »): after {@link #MAX_FAILURES} failed
 * attempts for one address within {@link #WINDOW}, the form refuses that address, right password or not, until the
 * oldest failure leaves the window. Unknown addresses count alike, so the refusal tells nothing of which accounts
 * exist; a success clears the count. Failures are stored in PostgreSQL, so every instance of the application counts
 * them together. Runs before Spring Security's filters (registered by {@link AccountSecurity}).
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AccountRepository repository;

    SignInThrottle(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/connexion"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("email");
        if (email != null && repository.recentFailures(normalize(email), WINDOW) >= MAX_FAILURES)
            response.sendRedirect(request.getContextPath() + "/connexion?bloque");
        else chain.doFilter(request, response);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        repository.recordFailure(normalize(event.getAuthentication().getName()), WINDOW);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        repository.forgetFailures(normalize(event.getAuthentication().getName()));
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
