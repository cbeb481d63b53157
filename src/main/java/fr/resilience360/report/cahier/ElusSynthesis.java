package fr.resilience360.report.cahier;

import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.territory.typology.ResilienceType;
import java.util.List;

/**
 * The national synthesis of the élus' surveys that territories shared: for each shared indicator and each territory
 * type, the values pooled over the territories of the type (their latest year), weighted by respondents. A cell
 * resting on fewer than {@link DeclaredIndicatorValues#MINIMUM_RESPONDENTS} answers is hidden; no territory is named.
 *
 * @param territories territories sharing at least one value
 */
public record ElusSynthesis(List<Row> rows, List<ResilienceType> types, int territories) {

    public record Row(String indicatorId, String label, String unit, List<Cell> cells) {}

    /** {@code value} null when no territory of the type shares the indicator, or when hidden. */
    public record Cell(ResilienceType type, int territories, int respondents, Double value) {

        public boolean hidden() {
            return respondents > 0 && respondents < DeclaredIndicatorValues.MINIMUM_RESPONDENTS;
        }
    }
}
