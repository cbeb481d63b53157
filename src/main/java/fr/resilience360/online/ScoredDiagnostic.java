package fr.resilience360.online;

import fr.resilience360.diagnostic.Diagnostic;
import java.util.List;

/** A stored diagnostic with its rows and the scores the Diag360 engine gives them under its weighting profile. */
public record ScoredDiagnostic(
        OnlineDiagnostic diagnostic, WeightingProfiles profile, List<RowEntry> rows, Diagnostic scores) {}
