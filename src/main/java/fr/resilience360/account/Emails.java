package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as accounts know them: trimmed and lower-cased, so that one person has one account. */
final class Emails {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Emails() {}

    /**
     * @throws UserInputException for something that is not an address
     */
    static String normalize(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!PLAUSIBLE.matcher(normalized).matches())
            throw new UserInputException("« " + email + " » n'est pas une adresse électronique.");
        return normalized;
    }
}
