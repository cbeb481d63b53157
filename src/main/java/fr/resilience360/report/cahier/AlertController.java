package fr.resilience360.report.cahier;

import fr.resilience360.shared.PrintedDocuments;
import fr.resilience360.shared.QrCodes;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The KAART kit: {@code /territoires/{id}/alerte(.pdf)}, a commune's or an EPCI's one-page alert for its élus,
 * {@code /cahiers/guide-benevoles(.pdf)}, the volunteers' guide, and {@code /cahiers/synthese-elus(.pdf)}, the
 * national synthesis of the élus' surveys territories shared. Public, from public data only.
 */
@Controller
class AlertController {

    private final Territories territories;
    private final AlertSheets sheets;
    private final PrintedDocuments documents;
    private final ElusSyntheses syntheses;

    AlertController(Territories territories, AlertSheets sheets, PrintedDocuments documents, ElusSyntheses syntheses) {
        this.territories = territories;
        this.sheets = sheets;
        this.documents = documents;
        this.syntheses = syntheses;
    }

    @GetMapping("/territoires/{id}/alerte")
    String page(@PathVariable String id, Model model) {
        model.addAllAttributes(variables(communeOrEpci(id)));
        model.addAttribute("baseUrl", "");
        return "report/alerte";
    }

    @GetMapping("/territoires/{id}/alerte.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        TerritorySummary territory = communeOrEpci(id);
        return PrintedDocuments.download(
                documents.pdf("report/alerte-pdf", variables(territory)), "alerte-" + territory.id());
    }

    @GetMapping("/cahiers/guide-benevoles")
    String guide(Model model) {
        model.addAttribute("baseUrl", "");
        return "report/guide";
    }

    @GetMapping("/cahiers/guide-benevoles.pdf")
    ResponseEntity<byte[]> guidePdf() {
        return PrintedDocuments.download(
                documents.pdf("report/guide-pdf", Map.of("today", today())), "guide-benevoles");
    }

    @GetMapping("/cahiers/synthese-elus")
    String synthesis(Model model) {
        model.addAttribute("synthesis", syntheses.now());
        return "report/synthese-elus";
    }

    @GetMapping("/cahiers/synthese-elus.pdf")
    ResponseEntity<byte[]> synthesisPdf() {
        return PrintedDocuments.download(syntheses.pdf(syntheses.now(), today()), "synthese-elus");
    }

    private Map<String, Object> variables(TerritorySummary territory) {
        AlertSheet sheet = sheets.of(territory, documents.baseUrl());
        Map<String, Object> variables = new HashMap<>();
        variables.put("sheet", sheet);
        variables.put("today", today());
        variables.put("qrPortrait", QrCodes.pngDataUri(sheet.portraitUrl()));
        if (sheet.surveyUrl() != null) variables.put("qrSurvey", QrCodes.pngDataUri(sheet.surveyUrl()));
        return variables;
    }

    private TerritorySummary communeOrEpci(String id) {
        TerritorySummary territory = territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
        if (territory.type() != TerritoryType.COMMUNE && territory.type() != TerritoryType.EPCI)
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "La fiche d'alerte existe pour les communes et les EPCI seulement.");
        return territory;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
