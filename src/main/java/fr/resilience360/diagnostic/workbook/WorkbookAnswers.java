package fr.resilience360.diagnostic.workbook;

import fr.resilience360.diagnostic.CellValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a filled workbook holds for each referential row, in the referential's order: the answer (column H) and the
 * comment (column I); plus the collectivité's name (cell I1) when it was filled in.
 */
public record WorkbookAnswers(String collectivite, List<CellValue> values, List<String> comments) {

    public WorkbookAnswers {
        values = List.copyOf(values);
        comments = Collections.unmodifiableList(new ArrayList<>(comments));
    }

    public CellValue[] valuesArray() {
        return values.toArray(CellValue[]::new);
    }
}
