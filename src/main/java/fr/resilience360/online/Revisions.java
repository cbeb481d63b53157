package fr.resilience360.online;

import fr.resilience360.shared.UserInputException;

/** A row's revision as an HTTP entity tag: {@code "3"} (a weak {@code W/"3"} is read the same way). */
final class Revisions {

    private Revisions() {}

    static String etag(RowEntry row) {
        return "\"" + row.revision() + "\"";
    }

    static int parse(String ifMatch) {
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new UserInputException("En-tête If-Match illisible : « " + ifMatch
                    + " » ; attendu : la révision de la ligne, par exemple \"3\".");
        }
    }
}
