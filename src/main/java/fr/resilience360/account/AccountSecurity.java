package fr.resilience360.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What Spring Security needs from accounts: the password hashing (bcrypt, with the algorithm's name stored in front of
 * each hash so that it may change later) and the users, found by their e-mail address. An account without a password
 * (created by a command, not yet signed in by its link) or disabled cannot sign in with a password.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurity {

    /** The authority of a platform administrator; every signed-in person also has {@code ROLE_USER}. */
    static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accountUserDetails(AccountRepository repository) {
        return email -> repository
                .credentials(email.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(c -> c.passwordHash() != null)
                .map(c -> userDetails(c.account(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("Aucun compte à mot de passe pour cette adresse"));
    }

    /**
     * The sign-in throttle runs just before Spring Security's filter chain (order -100), so that a refused address is
     * not even checked.
     */
    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottleFilter(SignInThrottle throttle) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.addUrlPatterns("/connexion");
        registration.setOrder(-101);
        return registration;
    }

    /** The signed-in person as Spring Security keeps them in the session (serializable, without the password). */
    static UserDetails userDetails(Account account, String passwordHash) {
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        if (account.platformAdmin()) authorities.add(new SimpleGrantedAuthority(PLATFORM_ADMIN));
        return User.withUsername(account.email())
                .password(passwordHash)
                .authorities(authorities)
                .disabled(!account.enabled())
                .build();
    }
}
