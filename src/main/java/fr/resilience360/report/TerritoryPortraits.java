package fr.resilience360.report;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.territory.TerritorySummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds the pre-filled Diagnostic 360° of a territory, for the portrait page and the workbook download. */
@Service
public class TerritoryPortraits {

    private final Diag360Prefill prefill;
    private final Referential referential;
    private final DiagnosticScoring scoring;

    TerritoryPortraits(Diag360Prefill prefill, Referentials referentials) {
        this.prefill = prefill;
        this.referential = referentials.byId(Referentials.DIAG360);
        this.scoring = new DiagnosticScoring(referential);
    }

    public Portrait portrait(TerritorySummary territory) {
        Diag360Prefill.Prefill prefill = this.prefill.prefill(territory);
        Map<String, Diag360Prefill.Valeur> values = byId(prefill);
        Map<String, String> absences = prefill.manquants().stream()
                .collect(Collectors.toMap(Diag360Prefill.Manquant::id, Diag360Prefill.Manquant::raison, (a, b) -> a));
        List<IndicatorRow> rows = referential.rows();
        Diagnostic diagnostic = scoring.score(answers(rows, values));
        List<Portrait.NeedPortrait> needs = new ArrayList<>();
        for (NeedScore score : diagnostic.needs()) {
            List<Portrait.Line> lines = rows.stream()
                    .filter(r -> r.need().equals(score.need().id()))
                    .map(r -> new Portrait.Line(r, Optional.ofNullable(values.get(r.id())), absences.get(r.id())))
                    .toList();
            needs.add(new Portrait.NeedPortrait(score.need(), score, lines));
        }
        return new Portrait(territory, referential.name(), needs, diagnostic);
    }

    /**
     * Writes the official Diag360 workbook with the pre-filled values in column H and their provenance in column I
     * (source, year, method), ready for the collectivité to complete in Excel.
     */
    public void writeWorkbook(TerritorySummary territory, OutputStream out) throws IOException {
        Map<String, Diag360Prefill.Valeur> values = byId(prefill.prefill(territory));
        List<IndicatorRow> rows = referential.rows();
        CellValue[] answers = answers(rows, values);
        List<String> comments = rows.stream()
                .map(r -> Optional.ofNullable(values.get(r.id()))
                        .map(TerritoryPortraits::provenance)
                        .orElse(null))
                .toList();
        Diag360Workbook.write(
                referential,
                new WorkbookAnswers(territory.name(), List.of(answers), comments),
                scoring.score(answers),
                out);
    }

    private static Map<String, Diag360Prefill.Valeur> byId(Diag360Prefill.Prefill prefill) {
        return prefill.indicateurs().stream()
                .collect(Collectors.toMap(Diag360Prefill.Valeur::id, Function.identity(), (a, b) -> a));
    }

    /** Pre-filled rows get their value; every other row stays empty (missing, never zero). */
    private static CellValue[] answers(List<IndicatorRow> rows, Map<String, Diag360Prefill.Valeur> values) {
        CellValue[] answers = new CellValue[rows.size()];
        for (int i = 0; i < answers.length; i++) {
            Diag360Prefill.Valeur v = values.get(rows.get(i).id());
            answers[i] = v == null || v.valeur() == null ? CellValue.empty() : CellValue.number(v.valeur());
        }
        return answers;
    }

    static String provenance(Diag360Prefill.Valeur v) {
        return "Prérempli par Résilience 360 : " + v.source() + (v.annee() == null ? "" : ", " + v.annee()) + " — "
                + v.methode()
                + (v.couverture() == null || v.couverture() >= 0.999
                        ? ""
                        : " (couverture " + Math.round(v.couverture() * 100) + " %)")
                + (v.approximation() == null ? "" : ". Approximation : " + v.approximation());
    }
}
