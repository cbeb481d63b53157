package fr.resilience360.account;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the commands print a one-time link: the address alone on standard output, what it is for on the errors. */
final class SignInLinks {

    private static final DateTimeFormatter PARIS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private SignInLinks() {}

    static void print(SignInLink link, PrintStream out, PrintStream err) {
        err.println("Lien de connexion à usage unique, valable jusqu'au " + PARIS.format(link.expiresAt())
                + " (heure de Paris) ; à transmettre à la personne seule :");
        out.println(link.url());
    }
}
