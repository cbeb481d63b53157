package fr.resilience360.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Signing in with ProConnect (or any OpenID Connect provider): which account the provider's person is, if any. */
class AccountOidcTest {

    private static final Account ENABLED = new Account(1, "agent@lorient-agglo.bzh", false, true, true);
    private static final Account DISABLED = new Account(2, "parti@lorient-agglo.bzh", false, false, true);

    @ParameterizedTest(name = "email={0}, email_verified={1}, provider checks emails={2} → {3}")
    @CsvSource(nullValues = "absent", textBlock = """
                    agent@lorient-agglo.bzh, true,   false, agent@lorient-agglo.bzh
                    Agent@Lorient-Agglo.BZH, true,   false, agent@lorient-agglo.bzh
                    agent@lorient-agglo.bzh, absent, true,  agent@lorient-agglo.bzh
                    agent@lorient-agglo.bzh, absent, false, none
                    agent@lorient-agglo.bzh, false,  true,  none
                    agent@lorient-agglo.bzh, false,  false, none
                    parti@lorient-agglo.bzh, true,   true,  none
                    inconnu@exemple.fr,      true,   true,  none
                    pas-une-adresse,         true,   true,  none
                    absent,                  true,   true,  none
                    """)
    void aVerifiedAddressOfAnEnabledAccountSignsInAndNothingElse(
            String email, String verified, boolean providerChecksEmails, String expected) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "1234"));
        if (email != null) claims.put("email", email);
        if (verified != null) claims.put("email_verified", Boolean.parseBoolean(verified));

        Optional<Account> account = OidcAccountMatch.accountOf(claims, providerChecksEmails, AccountOidcTest::find);

        assertThat(account.map(Account::email).orElse("none")).isEqualTo(expected);
    }

    @Test
    void theSignInPageOffersEachConfiguredProviderByItsName() {
        ClientRegistration proConnect = ClientRegistration.withRegistrationId("proconnect")
                .clientName("ProConnect")
                .clientId("client")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://auth.exemple.fr/api/v2/authorize")
                .tokenUri("https://auth.exemple.fr/api/v2/token")
                .build();

        assertThat(OidcProvider.of(new InMemoryClientRegistrationRepository(proConnect)))
                .containsExactly(new OidcProvider("proconnect", "ProConnect"));
        assertThat(OidcProvider.of(null)).isEmpty();
        assertThat(new OidcProvider("proconnect", "ProConnect").authorizationPath())
                .isEqualTo("/oauth2/authorization/proconnect");
    }

    private static Optional<Account> find(String email) {
        return java.util.stream.Stream.of(ENABLED, DISABLED)
                .filter(a -> a.email().equals(email))
                .findFirst();
    }
}
