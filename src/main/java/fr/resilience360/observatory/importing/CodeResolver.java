package fr.resilience360.observatory.importing;

import fr.resilience360.shared.PerVersion;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the codes of a file into territory ids of the COG 2025: current commune codes as they are; historical codes
 * (2003–2025) folded with INSEE's passage table; municipal arrondissements of Paris, Lyon and Marseille to their
 * commune; EPCI by SIREN.
 */
@Component
public class CodeResolver implements DatasetParser.Codes {

    static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}|97\\d{3}");
    static final Pattern EPCI_CODE = Pattern.compile("\\d{9}");

    private final TerritoryDirectory directory;
    private final PerVersion<Snapshot> snapshot = new PerVersion<>();

    CodeResolver(TerritoryDirectory directory) {
        this.directory = directory;
    }

    private record Snapshot(
            Set<String> communes, Set<String> epcis, Map<String, String> passage, Set<String> arrondissements) {}

    @Override
    public Set<String> communes() {
        return snapshot().communes;
    }

    @Override
    public boolean isArrondissement(String code) {
        return snapshot().arrondissements.contains(code);
    }

    /** The territory id of a well-formed code, or empty when the COG 2025 has no such territory. */
    @Override
    public Optional<String> resolve(String level, String code) {
        Snapshot s = snapshot();
        if (level.equals("epci")) return s.epcis.contains(code) ? Optional.of(code) : Optional.empty();
        if (s.communes.contains(code)) return Optional.of(code);
        String folded = s.passage.get(code);
        return folded != null && s.communes.contains(folded) ? Optional.of(folded) : Optional.empty();
    }

    @Override
    public boolean wellFormed(String level, String code) {
        return (level.equals("epci") ? EPCI_CODE : COMMUNE_CODE).matcher(code).matches();
    }

    /** The codes of the division in use, read again when it is reloaded. */
    private Snapshot snapshot() {
        return snapshot.get(directory.version(), () -> {
            Map<String, String> passage = readPassage();
            passage.putAll(directory.arrondissements());
            return new Snapshot(
                    ids(TerritoryType.COMMUNE),
                    ids(TerritoryType.EPCI),
                    passage,
                    Set.copyOf(directory.arrondissements().keySet()));
        });
    }

    private Set<String> ids(TerritoryType type) {
        return directory.ofType(type).stream().map(TerritorySummary::id).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, String> readPassage() {
        Map<String, String> passage = new HashMap<>();
        ClassPathResource resource = new ClassPathResource("data/cog/passage_communes_hist_vers_2025.csv.gz");
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(resource.getInputStream()), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0)
                    passage.put(
                            line.substring(0, comma), line.substring(comma + 1).trim());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Table de passage des codes communes illisible", e);
        }
        return passage;
    }
}
