package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.anyEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One-time links by e-mail: with {@code spring.mail.host} set, Spring Boot's mail configuration gives a sender and the
 * French message reaches a real SMTP server (GreenMail, in the test); without it, the link is written in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountMailTest {

    private static GreenMail smtp;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withBean(AccountMail.class);

    private final SignInLink link = new SignInLink(
            "http://localhost:8080/connexion/lien/" + OneTimeTokens.newToken(), Instant.parse("2026-07-14T10:30:00Z"));

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void withAMailServerTheResetLinkGoesOutInFrench(CapturedOutput output) throws Exception {
        String email = anyEmail();
        withMailServer(smtp.getSmtp().getPort()).run(context -> {
            AccountMail mail = context.getBean(AccountMail.class);
            assertThat(mail.configured()).isTrue();
            assertThat(mail.sendPasswordReset(email, link)).isTrue();
        });
        MimeMessage message = receivedBy(email);
        assertThat(message.getSubject()).isEqualTo("Résilience 360 : choisir un nouveau mot de passe");
        assertThat(message.getContent().toString())
                .contains("Bonjour", link.url(), "valable jusqu'au 14/07/2026 à 12:30 (heure de Paris)");
        assertThat(output.getOut()).doesNotContain(link.url());
    }

    @Test
    void withAMailServerTheInvitationGoesOutInFrench() throws Exception {
        String email = anyEmail();
        withMailServer(smtp.getSmtp().getPort())
                .run(context -> assertThat(context.getBean(AccountMail.class)
                                .sendInvitation(email, "CA Lorient Agglomération", Role.EDITEUR, link))
                        .isTrue());
        MimeMessage message = receivedBy(email);
        assertThat(message.getSubject())
                .isEqualTo("Résilience 360 : invitation à rejoindre « CA Lorient Agglomération »");
        assertThat(message.getContent().toString())
                .contains("rôle « editeur »", link.url(), "valable jusqu'au 14/07/2026 à 12:30");
        assertThat(message.getFrom()[0].toString()).contains("ne-pas-repondre@");
    }

    @Test
    void withoutAMailServerTheLinkIsLogged(CapturedOutput output) {
        String email = anyEmail();
        context.run(context -> {
            AccountMail mail = context.getBean(AccountMail.class);
            assertThat(mail.configured()).isFalse();
            assertThat(mail.sendPasswordReset(email, link)).isFalse();
        });
        assertThat(output.getOut()).contains(email, link.url(), "aucun serveur de courriel configuré");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(email)))
                .isEmpty();
    }

    @Test
    void aMessageTheServerDoesNotTakeLeavesItsLinkInTheLog(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String email = anyEmail();
        withMailServer(closedPort)
                .run(context -> assertThat(context.getBean(AccountMail.class).sendPasswordReset(email, link))
                        .isFalse());
        assertThat(output.getOut()).contains(email, "le courriel n'est pas parti", link.url());
    }

    private ApplicationContextRunner withMailServer(int port) {
        return context.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + port);
    }

    private static MimeMessage receivedBy(String email) {
        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(5).toMillis(), 1))
                .isTrue();
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("aucun courriel reçu par " + email));
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
