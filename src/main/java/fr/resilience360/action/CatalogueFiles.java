package fr.resilience360.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the catalogue's axes from {@code action/catalogue/{axis}.yaml} and refuses an incoherent one with a French
 * message naming the file and the faulty action: duplicate id, missing text, unknown need, row, hazard or lever, a
 * row of a need the action does not list, no reference. Plain Java.
 */
public final class CatalogueFiles {

    /** The axes, in the order of the catalogue; each is one file named after its id. */
    public static final List<String> AXES = List.of(
            "alimentaire",
            "energetique",
            "eau",
            "sanitaire",
            "nature",
            "solidarite",
            "economique",
            "mobilite",
            "logement",
            "securite");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CatalogueFiles() {}

    /**
     * What the files may name.
     *
     * @param rowNeeds the needs of each Diag360 row, by row id (a few rows, such as {@code bv1_i03}, sit under every
     *     need)
     */
    public record Known(Set<String> needs, Map<String, Set<String>> rowNeeds, Set<String> hazards) {}

    /** Reads every axis from the classpath, in {@link #AXES} order. */
    public static List<Axis> fromClasspath(Known known) {
        List<Axis> axes = new ArrayList<>();
        for (String id : AXES) axes.add(readAxis("action/catalogue/" + id + ".yaml", id));
        return validate(axes, known);
    }

    static Axis readAxis(String path, String expectedId) {
        try (InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Catalogue d'actions : fichier introuvable " + path);
            Axis axis = YAML.readValue(in, Axis.class);
            require(expectedId.equals(axis.id()), path + " : l'axe doit avoir l'identifiant « " + expectedId + " »");
            return axis;
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "Catalogue d'actions illisible (" + path + ") : " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Axis> validate(List<Axis> axes, Known known) {
        Set<String> ids = new HashSet<>();
        for (Axis axis : axes) {
            String file = axis.id() + ".yaml";
            requireText(axis.title(), file + " : titre de l'axe manquant");
            require(ids.add(axis.id()), file + " : identifiant en double " + axis.id());
            for (Axis.Orientation o : axis.orientations()) {
                require(ids.add(o.id()), file + " : identifiant en double " + o.id());
                requireText(o.title(), file + ", orientation « " + o.id() + " » : titre manquant");
                for (Axis.Goal g : o.goals()) {
                    require(ids.add(g.id()), file + " : identifiant en double " + g.id());
                    requireText(g.title(), file + ", objectif « " + g.id() + " » : titre manquant");
                    for (CatalogueAction a : g.actions()) {
                        require(ids.add(a.id()), file + " : identifiant en double " + a.id());
                        check(a, file + ", action « " + a.id() + " »", known);
                    }
                }
            }
        }
        return List.copyOf(axes);
    }

    /** Checks one action (also a contributed one, before it is accepted). */
    public static void check(CatalogueAction a, String where, Known known) {
        require(a.id() != null && a.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), where + " : identifiant invalide");
        requireText(a.title(), where + " : titre manquant");
        requireText(a.summary(), where + " : résumé manquant");
        requireText(a.description(), where + " : description manquante");
        require(!a.needs().isEmpty(), where + " : aucun besoin amélioré");
        for (String need : a.needs()) require(known.needs().contains(need), where + " : besoin inconnu " + need);
        for (String row : a.rows()) {
            Set<String> rowNeeds = known.rowNeeds().get(row);
            require(rowNeeds != null, where + " : ligne Diag360 inconnue " + row);
            require(
                    a.needs().stream().anyMatch(rowNeeds::contains),
                    where + " : la ligne " + row + " ne relève d'aucun des besoins de l'action");
        }
        for (String hazard : a.hazards())
            require(known.hazards().contains(hazard), where + " : aléa inconnu " + hazard);
        require(!a.levers().isEmpty(), where + " : aucun levier de la Boussole");
        require(
                a.cost() != null && a.delay() != null && a.difficulty() != null,
                where + " : coût, délai ou difficulté manquant");
        require(!a.references().isEmpty(), where + " : aucune référence citée");
        for (CatalogueAction.Reference r : a.references()) requireText(r.title(), where + " : référence sans titre");
        for (CatalogueAction.Example e : a.examples())
            require(e.territory() != null && e.source() != null, where + " : exemple sans territoire ou sans source");
    }

    private static void requireText(String text, String message) {
        require(text != null && !text.isBlank(), message);
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalStateException("Catalogue d'actions incohérent : " + message);
    }
}
