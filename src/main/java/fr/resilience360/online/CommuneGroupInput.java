package fr.resilience360.online;

import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryResolution;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a custom group of communes as a person types it: a name and INSEE codes of communes of France (COG 2025,
 * resolved by {@link Territories#lookUp}), separated by commas, semicolons, spaces or new lines. A code given twice is
 * kept once, silently; a group holds {@value #MIN} to {@value #MAX} distinct communes. Every refusal is a French
 * {@link UserInputException} naming the bad entry and where it is (line of the text, or position in the API's list).
 */
@Component
class CommuneGroupInput {

    static final int MIN = 2;
    static final int MAX = 1000;
    static final int MAX_NAME = 200;

    /** A group as typed and checked: its name and distinct communes, in the order given. */
    record Group(String name, List<CommuneGroup.Member> communes) {}

    private final Territories territories;

    CommuneGroupInput(Territories territories) {
        this.territories = territories;
    }

    /** From the page's form: the codes text, one or several codes a line. */
    Group fromText(String name, String codes) {
        String n = name(name);
        Map<String, CommuneGroup.Member> found = new LinkedHashMap<>();
        String[] lines = codes == null ? new String[0] : codes.split("\\R", -1);
        for (int i = 0; i < lines.length; i++)
            for (String code : lines[i].split("[,;\\s]+")) if (!code.isEmpty()) add(found, code, "Ligne " + (i + 1));
        return group(n, found);
    }

    /** From the API: one code an item. */
    Group fromList(String name, List<String> codes) {
        String n = name(name);
        Map<String, CommuneGroup.Member> found = new LinkedHashMap<>();
        List<String> list = codes == null ? List.of() : codes;
        for (int i = 0; i < list.size(); i++)
            add(found, list.get(i) == null ? "" : list.get(i).strip(), "Commune n° " + (i + 1));
        return group(n, found);
    }

    private void add(Map<String, CommuneGroup.Member> found, String code, String where) {
        if (found.size() > MAX) return;
        TerritoryResolution resolution = territories.lookUp(code);
        if (resolution instanceof TerritoryResolution.Found f && f.territory().type() == TerritoryType.COMMUNE) {
            TerritorySummary c = f.territory();
            found.putIfAbsent(c.id(), new CommuneGroup.Member(c.code(), c.name()));
            return;
        }
        String what = resolution instanceof TerritoryResolution.Found f
                ? " est " + f.territory().name() + ", pas une commune"
                : " n'est pas une commune du COG 2025";
        throw new UserInputException(where + " : « " + code + " »" + what + ".");
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new UserInputException("Donnez un nom au groupe de communes.");
        if (n.length() > MAX_NAME)
            throw new UserInputException("Le nom du groupe dépasse " + MAX_NAME + " caractères.");
        return n;
    }

    private static Group group(String n, Map<String, CommuneGroup.Member> found) {
        if (found.size() < MIN)
            throw new UserInputException("Un groupe réunit au moins " + MIN + " communes distinctes (" + found.size()
                    + " donnée" + (found.size() > 1 ? "s" : "") + ").");
        if (found.size() > MAX) throw new UserInputException("Un groupe réunit au plus 1 000 communes distinctes.");
        return new Group(n, new ArrayList<>(found.values()));
    }
}
