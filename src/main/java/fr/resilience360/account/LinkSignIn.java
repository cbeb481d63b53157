package fr.resilience360.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in by a one-time link, an invitation or an OpenID Connect provider as the sign-in form would (the
 * same principal, {@link AccountSecurity#userDetails}): the authentication goes into the session
 * (stored in PostgreSQL), whose identifier changes so that one known before cannot be reused.
 */
@Component
class LinkSignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = AccountSecurity.userDetails(account, "");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        if (request.getSession(false) != null) request.changeSessionId();
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
