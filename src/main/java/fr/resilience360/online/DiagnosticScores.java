package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.referential.Referentials;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Scores stored diagnostics with the Diag360 engine, one engine per weighting profile, built once. */
@Service
public class DiagnosticScores {

    private final OnlineDiagnostics diagnostics;
    private final Map<WeightingProfiles, DiagnosticScoring> scorings = new EnumMap<>(WeightingProfiles.class);

    DiagnosticScores(OnlineDiagnostics diagnostics, Referentials referentials) {
        this.diagnostics = diagnostics;
        for (WeightingProfiles profile : WeightingProfiles.values())
            scorings.put(profile, new DiagnosticScoring(referentials.byId(Referentials.DIAG360), profile.profile()));
    }

    public ScoredDiagnostic score(OnlineDiagnostic diagnostic) {
        return score(diagnostic, diagnostics.rows(diagnostic.id()));
    }

    public ScoredDiagnostic score(OnlineDiagnostic diagnostic, List<RowEntry> rows) {
        WeightingProfiles profile =
                WeightingProfiles.fromCode(diagnostic.weightingProfile()).orElse(WeightingProfiles.EGAL);
        Map<Integer, CellValue> values = new HashMap<>();
        rows.forEach(r -> values.put(r.sheetRow(), r.value()));
        return new ScoredDiagnostic(
                diagnostic, profile, rows, scorings.get(profile).score(values));
    }
}
