package fr.resilience360.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * What the web shell's security configuration adds for personal API tokens: the {@link ApiTokenFilter}, after the CSRF
 * filter and before the other ways of authenticating, and no CSRF check for a request that carries a bearer token
 * (the attack rides on a browser's cookies; such a request authenticates by its header, and a wrong one gets 401).
 */
@Component
public class ApiTokenSecurity {

    private final ApiTokens tokens;

    ApiTokenSecurity(ApiTokens tokens) {
        this.tokens = tokens;
    }

    public void applyTo(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearerToken))
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class);
    }
}
