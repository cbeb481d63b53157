package fr.resilience360.online;

import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.shared.NotFoundException;

/** Finds a referential row by its workbook row number. */
final class IndicatorRows {

    private IndicatorRows() {}

    static IndicatorRow of(Referential referential, int sheetRow) {
        return referential
                .rowAt(sheetRow)
                .orElseThrow(() -> new NotFoundException(
                        "Ligne inconnue",
                        "Le référentiel " + referential.id() + " n'a pas de ligne " + sheetRow + "."));
    }
}
