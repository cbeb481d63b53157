package fr.resilience360.web;

import fr.resilience360.account.Account;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.ApiTokenSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The published open data is public: its pages and API are readable without an account. A person's own pages
 * ({@code /compte/**}) need signing in, by the French form at {@code /connexion} (the users and
 * the password hashing are the account module's beans), or with an OpenID Connect provider (ProConnect) when one is
 * configured ({@code spring.security.oauth2.client.registration.*}: Spring Boot then provides the registrations, and
 * the account module says how a provider's person becomes an account); signing out is a POST to
 * {@code /deconnexion}. Forms carry a CSRF token; the API, which takes no session, does not. A script authenticates by
 * a personal API token ({@code Authorization: Bearer …}, the account module's {@link ApiTokenSecurity}), for one
 * request at a time. Headers follow current practice.
 *
 * <p>The administration pages ({@code /admin/**}) and the metrics ({@value #METRICS}) are the platform
 * administrators' (as the account module says, {@link Account#platformAdmin()}, read at each request): an anonymous
 * visitor is sent to sign in (the metrics answer 401 with a Bearer challenge: a scraper authenticates by a platform
 * administrator's API token), anyone else gets 403. The health probes ({@code /actuator/health/**}) stay public, their
 * details shown to platform administrators only ({@code management.endpoint.health.show-details}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** The Prometheus scrape endpoint (docs/operations.md, « Santé et métriques »). */
    static final String METRICS = "/actuator/prometheus";

    private static final String SIGN_IN = "/connexion";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ApiTokenSecurity apiTokens,
            ObjectProvider<ClientRegistrationRepository> oidcProviders,
            ObjectProvider<Consumer<OAuth2LoginConfigurer<HttpSecurity>>> oidcLogin,
            Accounts accounts)
            throws Exception {
        apiTokens.applyTo(http);
        if (oidcProviders.getIfAvailable() != null)
            http.oauth2Login(login -> oidcLogin.ifAvailable(configure -> configure.accept(login)));
        AuthorizationManager<RequestAuthorizationContext> platformAdmins =
                (authentication, request) -> new AuthorizationDecision(
                        accounts.current().map(Account::platformAdmin).orElse(false));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/compte", "/compte/**")
                        .authenticated()
                        .requestMatchers("/admin/**", METRICS)
                        .access(platformAdmins)
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                SecurityConfiguration::askForToken, PathPatternRequestMatcher.pathPattern(METRICS))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(SIGN_IN), AnyRequestMatcher.INSTANCE))
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .usernameParameter("email")
                        .passwordParameter("motDePasse")
                        .failureUrl("/connexion?erreur")
                        .defaultSuccessUrl("/compte"))
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                        + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
                                        + "frame-ancestors 'none'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * An anonymous scraper of the metrics is no browser: 401 with a Bearer challenge (RFC 6750) and the French error
     * page, instead of the redirection to the sign-in page.
     */
    private static void askForToken(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /**
     * A request the firewall refuses (« ; », encoded « % » or « / »…) goes to the French error page or problem, which
     * then says why, instead of a bare 400.
     */
    @Bean
    RequestRejectedHandler frenchRequestRejectedHandler() {
        return (request, response, rejected) -> {
            request.setAttribute(ErrorPages.REJECTED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }
}
