package fr.resilience360.account;

import fr.resilience360.shared.Coded;
import java.util.Locale;
import java.util.Optional;

/** A person's role on one territory, from reading drafts to managing members (issue 9, « Accounts »). */
public enum Role implements Coded {
    /** Reads the territory's drafts. */
    LECTEUR("lecteur"),
    /** Edits the rows or actions assigned to them. */
    CONTRIBUTEUR("contributeur"),
    /** Edits everything of the territory. */
    EDITEUR("editeur"),
    /** Invites, publishes and manages members. */
    ADMIN("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The French code stored and typed on the command line, e.g. {@code editeur}. */
    public String code() {
        return code;
    }

    /** The role a code names, whatever its case; empty for an unknown code. */
    public static Optional<Role> fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Coded.find(Role.class, wanted);
    }
}
