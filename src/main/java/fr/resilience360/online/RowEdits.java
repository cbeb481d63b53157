package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.UserInputException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the rows of a draft. Nothing typed is lost: a change applies only to the revision its author saw (else
 * {@link StaleRowException}), and every change is kept with who, when, before and after.
 */
@Service
public class RowEdits {

    private final RowRepository rows;

    RowEdits(RowRepository rows) {
        this.rows = rows;
    }

    /**
     * Sets one row of a draft, if it is still at {@code expectedRevision}.
     *
     * @return the row as stored now
     */
    @Transactional
    public RowEntry update(OnlineDiagnostic draft, int sheetRow, RowEdit edit, int expectedRevision, String email) {
        RowEntry current = require(draft, sheetRow);
        if (current.revision() != expectedRevision) throw new StaleRowException(current);
        if (unchanged(current, edit)) return current;
        ValueOrigin origin = origin(current, edit.value());
        if (origin == ValueOrigin.SAISIE && current.openData() != null && edit.justification() == null)
            throw new UserInputException("Ligne " + sheetRow + " : dites pourquoi vous remplacez la valeur des "
                    + "données ouvertes (champ « justification »).");
        RowEntry next = new RowEntry(
                sheetRow,
                current.indicatorId(),
                edit.value(),
                edit.comment(),
                edit.source(),
                origin,
                current.openData(),
                edit.justification(),
                current.assignedTo(),
                expectedRevision + 1,
                email,
                null);
        if (!rows.update(draft.id(), next, expectedRevision))
            throw new StaleRowException(rows.row(draft.id(), sheetRow).orElseThrow());
        rows.insertChange(
                draft.id(),
                new RowChange(
                        sheetRow,
                        next.revision(),
                        email,
                        null,
                        current.value().display(),
                        edit.value().display(),
                        current.comment(),
                        edit.comment(),
                        edit.justification()));
        return rows.row(draft.id(), sheetRow).orElseThrow();
    }

    /** Replaces every answer and comment of a draft by a workbook's, each change kept in the rows' history. */
    @Transactional
    public int replaceAll(OnlineDiagnostic draft, List<CellValue> values, List<String> comments, String email) {
        int changed = 0;
        List<RowEntry> current = rows.rows(draft.id());
        for (int i = 0; i < current.size(); i++) {
            RowEntry row = current.get(i);
            RowEdit edit = new RowEdit(values.get(i), comments.get(i), row.source(), "classeur importé");
            if (unchanged(row, edit)) continue;
            update(draft, row.sheetRow(), edit, row.revision(), email);
            changed++;
        }
        return changed;
    }

    @Transactional
    public void assign(OnlineDiagnostic draft, int sheetRow, String email) {
        require(draft, sheetRow);
        rows.assign(
                draft.id(),
                sheetRow,
                email == null || email.isBlank() ? null : email.strip().toLowerCase());
    }

    public List<RowChange> history(OnlineDiagnostic diagnostic, int sheetRow) {
        require(diagnostic, sheetRow);
        return rows.history(diagnostic.id(), sheetRow);
    }

    public RowEntry require(OnlineDiagnostic diagnostic, int sheetRow) {
        return rows.row(diagnostic.id(), sheetRow)
                .orElseThrow(() -> new NotFoundException(
                        "Ligne inconnue",
                        "Le diagnostic n° " + diagnostic.id() + " n'a pas de ligne " + sheetRow
                                + " (numéros de ligne du classeur Diag360, 3 à 126)."));
    }

    /** Open data when the answer is the open-data value again, nothing when empty, else typed. */
    private static ValueOrigin origin(RowEntry current, CellValue value) {
        if (!value.isFilled()) return ValueOrigin.VIDE;
        if (current.openData() != null
                && value.kind() == CellValue.Kind.NUMBER
                && value.number() == current.openData().value()) return ValueOrigin.DONNEES_OUVERTES;
        return ValueOrigin.SAISIE;
    }

    private static boolean unchanged(RowEntry current, RowEdit edit) {
        return Objects.equals(current.value(), edit.value())
                && Objects.equals(current.comment(), edit.comment())
                && Objects.equals(current.source(), edit.source());
    }
}
