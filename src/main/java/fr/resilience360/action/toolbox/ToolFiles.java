package fr.resilience360.action.toolbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the toolbox from {@code action/outils.yaml} and refuses an incoherent file with a French message naming the
 * faulty tool: invalid or duplicate id, missing title, purpose, phase, public, duration, group size, steps,
 * pitfalls or experience feedback, an unknown need, a link that is not an address of this site. Plain Java.
 */
public final class ToolFiles {

    /** The version shipped with the product. */
    public static final String CURRENT = "action/outils.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ToolFiles() {}

    /** The file's content: its version, licence and tools. */
    public record Contents(Integer version, String licence, List<Tool> tools) {
        public Contents {
            tools = tools == null ? List.of() : List.copyOf(tools);
        }
    }

    /** The checked tools and the digest of the file they come from (the version of the pages that show them). */
    public record Loaded(List<Tool> tools, String digest) {}

    public static Loaded fromClasspath(String path, Set<String> needs) {
        try (InputStream in = ToolFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Boîte à outils : fichier introuvable " + path);
            return read(in.readAllBytes(), path, needs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Loaded read(byte[] yaml, String source, Set<String> needs) {
        try {
            Contents contents = YAML.readValue(yaml, Contents.class);
            return new Loaded(validate(contents, source, needs), digest(yaml));
        } catch (JacksonException e) {
            throw new IllegalStateException("Boîte à outils illisible (" + source + ") : " + e.getOriginalMessage(), e);
        }
    }

    static List<Tool> validate(Contents contents, String source, Set<String> needs) {
        require(contents.version() != null, source + " : version du fichier manquante");
        requireText(contents.licence(), source + " : licence manquante");
        require(!contents.tools().isEmpty(), source + " : aucun outil");
        Set<String> ids = new HashSet<>();
        for (Tool tool : contents.tools()) {
            String where = source + ", outil « " + (tool.id() == null ? "sans identifiant" : tool.id()) + " »";
            require(
                    tool.id() != null && tool.id().matches("[a-z0-9]+(-[a-z0-9]+)*"),
                    where + " : identifiant invalide");
            require(ids.add(tool.id()), where + " : identifiant en double");
            check(tool, where, needs);
        }
        return contents.tools();
    }

    private static void check(Tool tool, String where, Set<String> needs) {
        requireText(tool.title(), where + " : titre manquant");
        requireText(tool.purpose(), where + " : objectif manquant");
        require(tool.phase() != null, where + " : phase manquante");
        require(!tool.publics().isEmpty(), where + " : public manquant");
        require(tool.duration() != null, where + " : durée manquante");
        requireText(tool.durationNote(), where + " : durée en clair manquante");
        requireText(tool.groupSize(), where + " : taille du groupe manquante");
        require(tool.steps().size() >= 2, where + " : il faut au moins deux étapes");
        tool.steps().forEach(s -> requireText(s, where + " : étape vide"));
        require(!tool.pitfalls().isEmpty(), where + " : aucun point de vigilance");
        requireText(
                tool.feedback(),
                where + " : retour d'expérience manquant (« À compléter par les retours des"
                        + " territoires. » à défaut)");
        for (String need : tool.needs()) require(needs.contains(need), where + " : besoin inconnu " + need);
        for (Tool.Link link : tool.links()) {
            requireText(link.title(), where + " : lien sans titre");
            require(
                    link.url() != null
                            && link.url().startsWith("/")
                            && !link.url().startsWith("//"),
                    where + " : le lien « " + link.title() + " » doit être une adresse de ce site (/…)");
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireText(String text, String message) {
        require(text != null && !text.isBlank(), message);
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalStateException("Boîte à outils incohérente : " + message);
    }
}
