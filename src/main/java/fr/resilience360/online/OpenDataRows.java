package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.referential.IndicatorRow;

/** A grid row as a new diagnostic starts it: the observatory's value when it has one, else empty. */
final class OpenDataRows {

    private OpenDataRows() {}

    static RowEntry entry(IndicatorRow row, Diag360Prefill.Valeur v, String email) {
        int sheetRow = row.placement().sheetRow();
        if (v == null || v.valeur() == null)
            return new RowEntry(
                    sheetRow,
                    row.id(),
                    CellValue.empty(),
                    null,
                    null,
                    ValueOrigin.VIDE,
                    null,
                    null,
                    null,
                    0,
                    email,
                    null);
        OpenDataValue open = new OpenDataValue(
                v.valeur(), v.annee(), v.source(), v.methode(), v.couverture(), v.approximation(), v.indicateur());
        return new RowEntry(
                sheetRow,
                row.id(),
                CellValue.number(v.valeur()),
                null,
                source(open),
                ValueOrigin.DONNEES_OUVERTES,
                open,
                null,
                null,
                0,
                email,
                null);
    }

    /** « Source, année — méthode (couverture n %) », as the workbook's column I gets it on export. */
    static String source(OpenDataValue v) {
        return v.source() + (v.year() == null ? "" : ", " + v.year()) + " — " + v.method()
                + (v.coverage() == null || v.coverage() >= 0.999
                        ? ""
                        : " (couverture " + Math.round(v.coverage() * 100) + " %)")
                + (v.approximation() == null ? "" : ". Approximation : " + v.approximation());
    }
}
