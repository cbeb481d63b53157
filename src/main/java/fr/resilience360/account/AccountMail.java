package fr.resilience360.account;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * How one-time links reach people (issue 9: « sent by e-mail, printed in the log when no mail server is configured »):
 * by a French e-mail when a mail server is configured ({@code spring.mail.host}, which makes Spring Boot provide a
 * {@link JavaMailSender}), otherwise in the application's log (WARN) for the administrator to pass on. A message the
 * server refuses is logged with its link too, so that the link is never lost.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private static final DateTimeFormatter PARIS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final Optional<JavaMailSender> sender;
    private final String from;

    AccountMail(
            ObjectProvider<JavaMailSender> sender,
            @Value("${resilience360.mail.from:Résilience 360 <ne-pas-repondre@resilience360.fr>}") String from) {
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.from = from;
    }

    /** Whether links go out by e-mail (a mail server is configured) rather than into the log. */
    boolean configured() {
        return sender.isPresent();
    }

    /** Sends a password reset link to its account's address, or logs it; whether an e-mail went out. */
    boolean sendPasswordReset(String email, SignInLink link) {
        String body = "Bonjour,\n\n"
                + "Vous avez demandé à choisir un nouveau mot de passe pour votre compte Résilience 360 (" + email
                + "). Ouvrez ce lien à usage unique pour vous connecter et le choisir :\n\n"
                + link.url() + "\n\n"
                + "Ce lien est valable jusqu'au " + PARIS.format(link.expiresAt()) + " (heure de Paris).\n"
                + "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change"
                + " pas.\n\n— Résilience 360\n";
        return send(
                email,
                "Résilience 360 : choisir un nouveau mot de passe",
                body,
                "Réinitialisation du mot de passe",
                link);
    }

    /** Sends an invitation link to the invited address, or logs it; whether an e-mail went out. */
    boolean sendInvitation(String email, String territoryName, Role role, SignInLink link) {
        String body = "Bonjour,\n\n"
                + "Vous êtes invité(e) à rejoindre « " + territoryName + " » sur Résilience 360 avec le rôle « "
                + role.code() + " ». Ouvrez ce lien à usage unique pour accepter l'invitation :\n\n"
                + link.url() + "\n\n"
                + "Ce lien est valable jusqu'au " + PARIS.format(link.expiresAt()) + " (heure de Paris).\n"
                + "Si vous ne vous attendiez pas à cette invitation, ignorez ce message.\n\n— Résilience 360\n";
        return send(
                email, "Résilience 360 : invitation à rejoindre « " + territoryName + " »", body, "Invitation", link);
    }

    private boolean send(String email, String subject, String body, String what, SignInLink link) {
        if (sender.isEmpty()) {
            log.warn(
                    "{} pour {} : lien à usage unique {} (valable jusqu'au {}, heure de Paris ; aucun serveur de courriel configuré)",
                    what,
                    email,
                    link.url(),
                    PARIS.format(link.expiresAt()));
            return false;
        }
        try {
            sender.get().send(message(email, subject, body));
            log.info("{} envoyée par courriel à {}", what, email);
            return true;
        } catch (MailException e) {
            log.error(
                    "{} pour {} : le courriel n'est pas parti ({}) ; lien à usage unique {}",
                    what,
                    email,
                    e.getMessage(),
                    link.url());
            return false;
        }
    }

    private SimpleMailMessage message(String email, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject);
        message.setText(body);
        return message;
    }
}
