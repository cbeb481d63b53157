package fr.resilience360.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} as the token's account, for this request
 * only: nothing is written in a session. A token that authenticates nobody (unknown, revoked, account disabled) gets
 * 401 with a French RFC 9457 problem and {@code WWW-Authenticate: Bearer} (RFC 6750); a request without the header
 * passes untouched. Placed in Spring Security's chain by {@link ApiTokenSecurity}, after its CSRF filter.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !hasBearerToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length())
                .strip();
        Optional<Account> account = tokens.authenticate(secret);
        if (account.isEmpty()) {
            refuse(request, response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(account.get()));
        contexts.setContext(context);
        // a script is no browser: its pages get no CSRF token, which would otherwise open a session to keep it
        request.removeAttribute(CsrfToken.class.getName());
        request.removeAttribute("_csrf");
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Jeton d'API refusé");
        problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        problem.put(
                "detail",
                "Ce jeton d'API est inconnu ou révoqué, ou son compte est désactivé. Créez-en un "
                        + "nouveau sur la page « Jetons d'API » de votre compte (/compte/jetons).");
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
