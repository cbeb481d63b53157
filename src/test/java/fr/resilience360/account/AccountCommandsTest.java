package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.LORIENT_AGGLO;
import static fr.resilience360.account.AccountFixtures.anyEmail;
import static fr.resilience360.account.AccountFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.UnknownTerritoryException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccountCommandsTest {

    @Autowired
    CreateAdminCommand createAdmin;

    @Autowired
    CreateUserCommand createUser;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createAdminPrintsAOneTimeLinkForAPlatformAdministrator() throws Exception {
        String email = anyEmail();
        var printed = run(createAdmin, email.toUpperCase());

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).matches("http://localhost:8080/connexion/lien/[A-Za-z0-9_-]{43}\\R");
        assertThat(printed.err()).contains("usage unique", "valable jusqu'au");
        Account account = accounts.find(email).orElseThrow();
        assertThat(account.email()).isEqualTo(email);
        assertThat(account.platformAdmin()).isTrue();
        assertThat(account.hasPassword()).isFalse();
        assertThat(accounts.memberships(account)).isEmpty();
    }

    @Test
    void createUserGivesTheRoleOnTheTerritoryNamedByItsCode() throws Exception {
        String email = anyEmail();
        var printed = run(createUser, email, "--role", "Editeur", "--territoire", LORIENT_AGGLO);

        assertThat(printed.exitCode()).isZero();
        Account account = accounts.find(email).orElseThrow();
        assertThat(account.platformAdmin()).isFalse();
        assertThat(accounts.memberships(account)).containsExactly(new Membership(LORIENT_AGGLO, Role.EDITEUR));

        run(createUser, email, "--territoire", "dep-56", "--role", "lecteur");
        assertThat(accounts.memberships(account))
                .containsExactly(new Membership(LORIENT_AGGLO, Role.EDITEUR), new Membership("dep-56", Role.LECTEUR));
    }

    @Test
    void aLinkSignsInOnceAndOnlyItsHashIsStored() throws Exception {
        String email = anyEmail();
        String token = run(createUser, email).token();

        List<String> stored = jdbc.sql("""
                        select t.token_hash from account.sign_in_token t
                        join account.user_account u on u.id = t.user_id where u.email = ?""").param(email).query(String.class).list();
        assertThat(stored).containsExactly(OneTimeTokens.hash(token)).doesNotContain(token);

        assertThat(accounts.signInLinkAccount(token)).map(Account::email).contains(email);
        assertThat(accounts.consumeSignInLink(token)).map(Account::email).contains(email);
        assertThat(accounts.consumeSignInLink(token)).isEmpty();
        assertThat(accounts.signInLinkAccount(token)).isEmpty();
    }

    @Test
    void aLinkExpiresAfter24Hours() throws Exception {
        String email = anyEmail();
        String token = run(createUser, email).token();
        OffsetDateTime expiresAt = jdbc.sql("select expires_at from account.sign_in_token where token_hash = ?")
                .param(OneTimeTokens.hash(token))
                .query(OffsetDateTime.class)
                .single();
        assertThat(Duration.between(OffsetDateTime.now(), expiresAt))
                .isBetween(Duration.ofHours(24).minusMinutes(1), Duration.ofHours(24));

        jdbc.sql("update account.sign_in_token set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(OneTimeTokens.hash(token))
                .update();
        assertThat(accounts.consumeSignInLink(token)).isEmpty();
    }

    @Test
    void commandsRefuseWrongArgumentsInFrench() {
        assertThatThrownBy(() -> run(createUser, anyEmail(), "--role", "chef", "--territoire", LORIENT_AGGLO))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Rôle inconnu : « chef »")
                .hasMessageContaining("lecteur, contributeur, editeur, admin");
        assertThatThrownBy(() -> run(createUser, anyEmail(), "--role", "lecteur"))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Usage : create-user");
        assertThatThrownBy(() -> run(createUser, anyEmail(), "--role", "lecteur", "--territoire", "99999"))
                .isInstanceOf(UnknownTerritoryException.class);
        assertThatThrownBy(() -> run(createAdmin, "pas-une-adresse"))
                .hasMessageContaining("n'est pas une adresse électronique");
        assertThatThrownBy(() -> run(createAdmin)).hasMessageContaining("Usage : create-admin EMAIL");
    }
}
