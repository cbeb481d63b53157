package fr.resilience360.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Everything published so far is public open data: every page and API is readable without an account.
 * Accounts (collectivités' own diagnostics) come with the account module. Headers follow current practice.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                        + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
                                        + "frame-ancestors 'none'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
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

    /** No accounts yet: an empty user store keeps Spring Boot from generating a default password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
