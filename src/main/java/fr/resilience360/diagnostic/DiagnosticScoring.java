package fr.resilience360.diagnostic;

import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.NeedCategory;
import fr.resilience360.referential.Objective;
import fr.resilience360.referential.Referential;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores answers against a referential, row by row exactly like the Diag360 v1.3.5 workbook (column J), then per
 * need, category and objective with a weighting profile. Thresholds, curves and weights are prepared once per
 * instance, so one instance scores many territories quickly; instances are immutable and thread-safe.
 */
public final class DiagnosticScoring {

    private final Referential referential;
    private final WeightingProfile profile;
    private final IndicatorRow[] rows;
    private final Need[] rowNeeds;
    private final int[] needIndex;
    private final double[] lower;
    private final double[] upper;
    private final double[] weight;
    private final Map<Integer, Integer> indexBySheetRow = new HashMap<>();

    public DiagnosticScoring(Referential referential) {
        this(referential, WeightingProfile.equal());
    }

    public DiagnosticScoring(Referential referential, WeightingProfile profile) {
        this.referential = referential;
        this.profile = profile;
        int n = referential.rows().size();
        rows = referential.rows().toArray(IndicatorRow[]::new);
        rowNeeds = new Need[n];
        needIndex = new int[n];
        lower = new double[n];
        upper = new double[n];
        weight = new double[n];
        List<Need> needs = referential.needs();
        for (int i = 0; i < n; i++) {
            IndicatorRow row = rows[i];
            rowNeeds[i] = referential.need(row.need());
            needIndex[i] = needs.indexOf(rowNeeds[i]);
            if (row.isNumeric()) {
                lower[i] = ThresholdRule.lower(row.scoring().anchors());
                upper[i] = ThresholdRule.upper(row.scoring().anchors());
            }
            weight[i] = profile.weight(row, rowNeeds[i]);
            indexBySheetRow.put(row.placement().sheetRow(), i);
        }
    }

    public Referential referential() {
        return referential;
    }

    public WeightingProfile profile() {
        return profile;
    }

    /** Scores answers keyed by sheet row number; rows absent from the map are unanswered. */
    public Diagnostic score(Map<Integer, CellValue> valuesBySheetRow) {
        CellValue[] values = new CellValue[rows.length];
        Arrays.fill(values, CellValue.empty());
        valuesBySheetRow.forEach((sheetRow, value) -> {
            Integer index = indexBySheetRow.get(sheetRow);
            if (index == null) {
                throw new IllegalArgumentException("Ligne " + sheetRow + " absente du référentiel " + referential.id());
            }
            values[index] = value == null ? CellValue.empty() : value;
        });
        return score(values);
    }

    /** Scores answers given in the referential's row order (null = unanswered). */
    public Diagnostic score(CellValue[] values) {
        if (values.length != rows.length) {
            throw new IllegalArgumentException(rows.length + " valeurs attendues, " + values.length + " reçues");
        }
        List<Need> needs = referential.needs();
        WeightedMeanRule[] byNeed = newMeans(needs.size());
        WeightedMeanRule[] byCategory = newMeans(NeedCategory.values().length);
        WeightedMeanRule[] byObjective = newMeans(Objective.values().length);
        int[] filledByNeed = new int[needs.size()];
        int[] rowsByNeed = new int[needs.size()];
        List<IndicatorNote> notes = new ArrayList<>(rows.length);
        List<Anomaly> anomalies = new ArrayList<>();
        int filled = 0;
        for (int i = 0; i < rows.length; i++) {
            CellValue value = values[i] == null ? CellValue.empty() : values[i];
            double note = note(i, value);
            IndicatorRow row = rows[i];
            notes.add(new IndicatorNote(row, rowNeeds[i].name(), value, note));
            rowsByNeed[needIndex[i]]++;
            if (value.isFilled()) {
                filled++;
                filledByNeed[needIndex[i]]++;
                if (Double.isNaN(note)) {
                    anomalies.add(new Anomaly(row.placement().sheetRow(), row.id(), row.need(), anomaly(i, value)));
                }
            }
            byNeed[needIndex[i]].add(note, weight[i]);
            byCategory[rowNeeds[i].category().ordinal()].add(note, weight[i]);
            if (row.objective() != null) {
                byObjective[row.objective().ordinal()].add(note, weight[i]);
            }
        }
        List<NeedScore> needScores = new ArrayList<>(needs.size());
        for (int j = 0; j < needs.size(); j++) {
            needScores.add(
                    new NeedScore(needs.get(j), byNeed[j].mean(), byNeed[j].count(), filledByNeed[j], rowsByNeed[j]));
        }
        List<GroupScore> categories = new ArrayList<>();
        for (NeedCategory category : NeedCategory.values()) {
            WeightedMeanRule mean = byCategory[category.ordinal()];
            categories.add(new GroupScore(category.workbookLabel(), mean.mean(), mean.count()));
        }
        List<GroupScore> objectives = new ArrayList<>();
        for (Objective objective : Objective.values()) {
            WeightedMeanRule mean = byObjective[objective.ordinal()];
            objectives.add(new GroupScore(objective.label(), mean.mean(), mean.count()));
        }
        return new Diagnostic(
                referential.id(),
                profile.name(),
                CompletionRule.completion(filled, rows.length),
                List.copyOf(notes),
                List.copyOf(needScores),
                List.copyOf(categories),
                List.copyOf(objectives),
                List.copyOf(anomalies));
    }

    /** The note of the row at {@code index} (referential order) for one answer; NaN when missing. */
    public double note(int index, CellValue value) {
        if (!value.isFilled()) {
            return Double.NaN;
        }
        IndicatorRow row = rows[index];
        if (!row.isNumeric()) {
            return OrdinalNoteRule.note(value, row.scoring().labels());
        }
        double number = SpreadsheetNumberRule.toNumber(value);
        if (Double.isNaN(number)) {
            return Double.NaN;
        }
        return CurveRule.shape(
                LinearNoteRule.note(number, lower[index], upper[index]),
                row.scoring().curveK());
    }

    private String anomaly(int index, CellValue value) {
        IndicatorRow row = rows[index];
        if (value.kind() == CellValue.Kind.ERROR) {
            return "la cellule contient une erreur (" + value.text() + ") : aucune note";
        }
        if (!row.isNumeric()) {
            return "« " + value.display() + " » ne fait pas partie des réponses attendues ("
                    + String.join(" / ", row.scoring().labels()) + ") : aucune note";
        }
        if (lower[index] == upper[index]) {
            return "les deux bornes sont égales (" + lower[index] + ") : note incalculable";
        }
        return "« " + value.display() + " » n'est pas un nombre lisible (unité : " + row.unit() + ") : aucune note";
    }

    private static WeightedMeanRule[] newMeans(int size) {
        WeightedMeanRule[] means = new WeightedMeanRule[size];
        for (int i = 0; i < size; i++) {
            means[i] = new WeightedMeanRule();
        }
        return means;
    }
}
