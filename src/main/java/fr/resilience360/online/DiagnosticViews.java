package fr.resilience360.online;

import fr.resilience360.account.Action;
import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds what the diagnostic pages show, for the person looking. */
@Component
class DiagnosticViews {

    private final OnlineDiagnostics diagnostics;
    private final DiagnosticScores scores;
    private final DiagnosticAccess access;
    private final TerritoryDirectory directory;

    DiagnosticViews(
            OnlineDiagnostics diagnostics,
            DiagnosticScores scores,
            DiagnosticAccess access,
            TerritoryDirectory directory) {
        this.diagnostics = diagnostics;
        this.scores = scores;
        this.access = access;
        this.directory = directory;
    }

    /** The diagnostic if this person may read it (else 404, or the sign-in page when anonymous), as a view. */
    DiagnosticView view(long id, Principal principal) {
        OnlineDiagnostic found = diagnostics.require(id);
        Rights rights = access.rights(principal, found.territoryId());
        return view(access.readable(found, rights), rights);
    }

    /** A diagnostic already found readable with these rights, as a view. */
    DiagnosticView view(OnlineDiagnostic diagnostic, Rights rights) {
        ScoredDiagnostic scored = scores.score(diagnostic);
        Map<Integer, RowEntry> rows =
                scored.rows().stream().collect(Collectors.toMap(RowEntry::sheetRow, Function.identity()));
        List<NeedView> needs = new ArrayList<>();
        for (NeedScore score : scored.scores().needs()) {
            List<LineView> lines = new ArrayList<>();
            for (IndicatorNote note : scored.scores().indicators()) {
                if (!note.row().need().equals(score.need().id())) continue;
                RowEntry entry = rows.get(note.row().placement().sheetRow());
                lines.add(new LineView(note.row(), entry, note, rights.mayEdit(diagnostic, entry)));
            }
            needs.add(new NeedView(score.need(), score, lines));
        }
        TerritorySummary territory = directory.find(diagnostic.territoryId()).orElseThrow();
        return new DiagnosticView(
                scored,
                territory,
                needs,
                !diagnostic.isPublished() && rights.allows(Action.EDIT_DIAGNOSTICS),
                !diagnostic.isPublished() && rights.allows(Action.PUBLISH),
                rights.readsDrafts());
    }
}
