package fr.resilience360.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signing in with an OpenID Connect provider such as ProConnect (issue 9: « OIDC by configuration alone »), used by
 * the web shell's security only when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}). The provider's verified address must be that of an enabled
 * account ({@link OidcAccountMatch}): nothing is created, anybody else is sent back to {@code /connexion?refuse}.
 * Once in, the session holds the same principal as the password form's, named by the address, with the same
 * authorities ({@link AccountSecurity#userDetails}). A {@code Consumer}, not a Spring Security {@code Customizer}: a
 * {@code Customizer} bean of the DSL is applied to every {@code HttpSecurity} by Spring Security itself, which would
 * turn OIDC on without any provider configured.
 */
@Component
class OidcSignIn implements Consumer<OAuth2LoginConfigurer<HttpSecurity>> {

    /** The error of a sign-in that matched no enabled account. */
    static final String NO_ACCOUNT = "compte_inconnu";

    private final AccountRepository repository;
    private final LinkSignIn linkSignIn;
    private final Set<String> providersCheckingEmails;
    private final OidcUserService oidcUsers = new OidcUserService();

    OidcSignIn(
            AccountRepository repository,
            LinkSignIn linkSignIn,
            @Value("${resilience360.oidc.providers-checking-emails:proconnect}") List<String> providersCheckingEmails) {
        this.repository = repository;
        this.linkSignIn = linkSignIn;
        this.providersCheckingEmails = Set.copyOf(providersCheckingEmails);
        oidcUsers.setOauth2UserService(new SignedUserInfo());
        // ProConnect grants the scope « openid » alone in its token answer: ask for UserInfo whenever there is one
        oidcUsers.setRetrieveUserInfo(request -> !request.getClientRegistration()
                .getProviderDetails()
                .getUserInfoEndpoint()
                .getUri()
                .isEmpty());
    }

    @Override
    public void accept(OAuth2LoginConfigurer<HttpSecurity> login) {
        login.loginPage("/connexion")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                .successHandler(this::signedIn)
                .failureHandler(OidcSignIn::refused);
    }

    /**
     * The provider's person, when they are an enabled account, with that account's authorities, named by its address
     * (as stored: lower-case).
     */
    OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidcUsers.loadUser(request);
        boolean checksEmails =
                providersCheckingEmails.contains(request.getClientRegistration().getRegistrationId());
        Account account = OidcAccountMatch.accountOf(user.getClaims(), checksEmails, repository::find)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT)));
        Map<String, Object> userInfo = new HashMap<>(
                user.getUserInfo() == null ? Map.of() : user.getUserInfo().getClaims());
        userInfo.put("email", account.email());
        return new DefaultOidcUser(
                AccountSecurity.userDetails(account, "").getAuthorities(),
                user.getIdToken(),
                new OidcUserInfo(userInfo),
                "email");
    }

    /** Puts the same principal as the password form's in the session, in place of the provider's person. */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        Account account =
                repository.find(Emails.normalize(authentication.getName())).orElseThrow();
        linkSignIn.signIn(account, request, response);
        response.sendRedirect(request.getContextPath() + "/compte");
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean noAccount = e instanceof OAuth2AuthenticationException oauth
                && NO_ACCOUNT.equals(oauth.getError().getErrorCode());
        response.sendRedirect(request.getContextPath() + (noAccount ? "/connexion?refuse" : "/connexion?echec"));
    }
}
