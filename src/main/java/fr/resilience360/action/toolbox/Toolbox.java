package fr.resilience360.action.toolbox;

import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.SearchText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The toolbox for collective dynamics: the tools of {@code action/outils.yaml}, read and checked at start (an
 * incoherent file stops the application with a French message naming the tool), held in memory.
 */
@Service
public class Toolbox {

    private final List<Tool> tools;
    private final String version;
    private final Map<String, String> needNames;

    Toolbox(Referentials referentials) {
        List<Need> needs = referentials.byId(Referentials.DIAG360).needs();
        this.needNames = needs.stream().collect(Collectors.toMap(Need::id, Need::name));
        ToolFiles.Loaded loaded = ToolFiles.fromClasspath(ToolFiles.CURRENT, needNames.keySet());
        this.tools = loaded.tools();
        this.version = loaded.digest();
    }

    /** Every tool, in the file's order. */
    public List<Tool> tools() {
        return tools;
    }

    public Optional<Tool> find(String id) {
        return tools.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The tool of this id, or a 404 naming it. */
    public Tool require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(
                "Outil inconnu", "Aucun outil de la boîte à outils n'a l'identifiant « " + id + " »."));
    }

    /** The digest of the data file: changes whenever a tool changes. */
    public String version() {
        return version;
    }

    /** The name of a Diag360 need. */
    public String needName(String needId) {
        return needNames.getOrDefault(needId, needId);
    }

    /** The tools matching every given criterion (null: any), in phase order then the file's order. */
    public List<Tool> filter(ToolFilter filter) {
        List<String> words = SearchText.words(filter.text());
        return tools.stream()
                .filter(t -> filter.phase() == null || t.phase() == filter.phase())
                .filter(t -> filter.audience() == null || t.publics().contains(filter.audience()))
                .filter(t -> filter.duration() == null || t.duration() == filter.duration())
                .filter(t -> words.isEmpty() || containsAll(searchable(t), words))
                .sorted((a, b) -> a.phase().compareTo(b.phase()))
                .toList();
    }

    /** The tools by phase, in phase order (phases without tools are left out). */
    public Map<Phase, List<Tool>> byPhase(List<Tool> list) {
        Map<Phase, List<Tool>> map = new EnumMap<>(Phase.class);
        for (Tool t : list)
            map.computeIfAbsent(t.phase(), p -> new java.util.ArrayList<>()).add(t);
        return map;
    }

    private static String searchable(Tool t) {
        return SearchText.normalize(t.title() + " " + t.purpose() + " " + String.join(" ", t.steps()));
    }

    private static boolean containsAll(String text, List<String> words) {
        return words.stream().allMatch(text::contains);
    }
}
