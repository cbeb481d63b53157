package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, finds and publishes a territory's online diagnostics. A diagnostic starts with every value the observatory
 * has (marked as open data, with year, source, method, coverage and indicator) or with a filled Diag360 workbook;
 * publishing copies a draft into an immutable, numbered, dated version. Who may do it is {@link DiagnosticAccess}'s
 * question, asked by the controllers.
 */
@Service
public class OnlineDiagnostics {

    private final DiagnosticRepository diagnostics;
    private final RowRepository rows;
    private final Diag360Prefill prefill;
    private final Referential referential;
    private final CommuneGroupRepository groups;

    OnlineDiagnostics(
            DiagnosticRepository diagnostics,
            RowRepository rows,
            Diag360Prefill prefill,
            Referentials referentials,
            CommuneGroupRepository groups) {
        this.diagnostics = diagnostics;
        this.rows = rows;
        this.prefill = prefill;
        this.referential = referentials.byId(Referentials.DIAG360);
        this.groups = groups;
    }

    /** A new draft pre-filled with the observatory's values for this territory; its id. */
    @Transactional
    public long start(TerritorySummary territory, String email) {
        long id = diagnostics.insertDraft(territory.id(), referential.id(), "donnees_ouvertes", email, null);
        insertOpenData(id, prefill.prefill(territory), email);
        return id;
    }

    /**
     * A new draft about a custom group of communes, owned by a territory (whose members hold the rights on it),
     * pre-filled with the observatory's values aggregated over the group's communes; its id.
     */
    @Transactional
    public long startGroup(TerritorySummary owner, CommuneGroupInput.Group group, String email) {
        long groupId = groups.insert(owner.id(), group.name(), group.communes(), email);
        long id = diagnostics.insertDraft(owner.id(), referential.id(), "donnees_ouvertes", email, groupId);
        List<String> codes =
                group.communes().stream().map(CommuneGroup.Member::code).toList();
        insertOpenData(id, prefill.prefillGroup(group.name(), codes), email);
        return id;
    }

    private void insertOpenData(long id, Diag360Prefill.Prefill prefilled, String email) {
        Map<String, Diag360Prefill.Valeur> values = prefilled.indicateurs().stream()
                .collect(Collectors.toMap(Diag360Prefill.Valeur::id, Function.identity(), (a, b) -> a));
        rows.insert(
                id,
                referential.rows().stream()
                        .map(row -> OpenDataRows.entry(row, values.get(row.id()), email))
                        .toList());
    }

    /** A new draft holding a filled workbook's answers and comments, row by row; its id. */
    @Transactional
    public long importWorkbook(TerritorySummary territory, WorkbookAnswers answers, String email) {
        long id = diagnostics.insertDraft(territory.id(), referential.id(), "classeur", email, null);
        List<RowEntry> entries = new ArrayList<>();
        List<IndicatorRow> grid = referential.rows();
        for (int i = 0; i < grid.size(); i++) {
            CellValue value = answers.values().get(i);
            entries.add(new RowEntry(
                    grid.get(i).placement().sheetRow(),
                    grid.get(i).id(),
                    value,
                    answers.comments().get(i),
                    null,
                    value.isFilled() ? ValueOrigin.CLASSEUR : ValueOrigin.VIDE,
                    null,
                    null,
                    null,
                    0,
                    email,
                    null));
        }
        rows.insert(id, entries);
        return id;
    }

    /** Publishes a draft: an immutable copy, numbered after its previous publications; the copy's id. */
    @Transactional
    public long publish(OnlineDiagnostic draft, String email) {
        if (draft.isPublished()) throw new IllegalArgumentException("Seul un brouillon se publie");
        diagnostics.lock(draft.id());
        long id = diagnostics.insertPublication(draft, email);
        rows.copy(draft.id(), id);
        return id;
    }

    public OnlineDiagnostic require(long id) {
        return diagnostics.find(id).orElseThrow(() -> unknown(id));
    }

    public List<RowEntry> rows(long id) {
        return rows.rows(id);
    }

    /** The id of the latest publication of any territory (0 before the first): it changes at every publication. */
    public long lastPublication() {
        return diagnostics.lastPublication();
    }

    public List<OnlineDiagnostic> published(String territoryId) {
        return diagnostics.ofTerritory(territoryId, DiagnosticStatus.PUBLIE);
    }

    public List<OnlineDiagnostic> drafts(String territoryId) {
        return diagnostics.ofTerritory(territoryId, DiagnosticStatus.BROUILLON);
    }

    public void setWeightingProfile(OnlineDiagnostic draft, WeightingProfiles profile) {
        diagnostics.setWeightingProfile(draft.id(), profile.code());
    }

    public Referential referential() {
        return referential;
    }

    static NotFoundException unknown(long id) {
        return new NotFoundException("Diagnostic inconnu", "Aucun diagnostic n° " + id + " ne vous est accessible.");
    }
}
