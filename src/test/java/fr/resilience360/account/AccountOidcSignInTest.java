package fr.resilience360.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A ProConnect-like provider on this machine: its UserInfo is a JWT signed with the keys it publishes (as ProConnect
 * answers), holding the address of the person; only an enabled account's address signs in, named by that address and
 * with the form's authorities. No Spring context: the provider's ID token is given as the sign-in flow would.
 */
class AccountOidcSignInTest {

    private static final Account AGENT = new Account(7, "agent@lorient-agglo.bzh", true, true, true);

    private static HttpServer provider;
    private static RSAKey key;
    private static RSAKey otherKey;
    private static volatile String userInfo;

    private final OidcSignIn signIn = new OidcSignIn(accounts(), new LinkSignIn(), List.of("proconnect"));

    @BeforeAll
    static void startProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("proconnect-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("proconnect-1").generate();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext(
                "/jwks", exchange -> answer(exchange, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        provider.createContext("/userinfo", exchange -> answer(exchange, "application/jwt", userInfo));
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop(0);
    }

    @Test
    void anEnabledAccountsAddressSignsInNamedByTheAddressWithTheFormsAuthorities() throws Exception {
        userInfo = signed(key, "Agent@Lorient-Agglo.bzh");

        OidcUser user = signIn.loadUser(request());

        assertThat(user.getName()).isEqualTo(AGENT.email());
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_USER", AccountSecurity.PLATFORM_ADMIN);
    }

    @Test
    void anAddressWithoutAccountIsRefusedAndNothingIsCreated() throws Exception {
        userInfo = signed(key, "inconnu@exemple.fr");

        assertThatThrownBy(() -> signIn.loadUser(request()))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(OidcSignIn.NO_ACCOUNT));
    }

    @Test
    void aUserInfoNotSignedByTheProvidersKeysIsNotBelieved() throws Exception {
        userInfo = signed(otherKey, AGENT.email());

        assertThatThrownBy(() -> signIn.loadUser(request()))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("invalid_user_info_response"));
    }

    private static String signed(RSAKey by, String email) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("sub-1234")
                .claim("email", email)
                .claim("given_name", "Camille")
                .claim("usual_name", "Le Goff")
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(by.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(by));
        return jwt.serialize();
    }

    private static OidcUserRequest request() {
        String base = "http://127.0.0.1:" + provider.getAddress().getPort();
        ClientRegistration registration = ClientRegistration.withRegistrationId("proconnect")
                .clientName("ProConnect")
                .clientId("client")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email", "given_name", "usual_name")
                .authorizationUri(base + "/authorize")
                .tokenUri(base + "/token")
                .userInfoUri(base + "/userinfo")
                .jwkSetUri(base + "/jwks")
                .build();
        Instant now = Instant.now();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "jeton", now, now.plusSeconds(60), java.util.Set.of("openid"));
        OidcIdToken idToken = new OidcIdToken("id", now, now.plusSeconds(60), Map.of("sub", "sub-1234", "iss", base));
        return new OidcUserRequest(registration, accessToken, idToken);
    }

    private static AccountRepository accounts() {
        return new AccountRepository(null) {
            @Override
            Optional<Account> find(String email) {
                return Optional.of(AGENT).filter(a -> a.email().equals(email));
            }
        };
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
