package fr.resilience360.report.cahier;

import fr.resilience360.shared.PrintedDocuments;
import fr.resilience360.shared.QrCodes;
import fr.resilience360.territory.typology.ResilienceType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /cahiers}, {@code /cahiers/{type}} and {@code /cahiers/{type}.pdf}: public, from public data only. */
@Controller
class CahierController {

    private final TypeCahiers cahiers;
    private final PrintedDocuments documents;

    CahierController(TypeCahiers cahiers, PrintedDocuments documents) {
        this.cahiers = cahiers;
        this.documents = documents;
    }

    @GetMapping("/cahiers")
    String list(Model model) {
        model.addAttribute(
                "cahiers",
                Arrays.stream(ResilienceType.values()).map(cahiers::of).toList());
        return "report/cahiers";
    }

    @GetMapping("/cahiers/{type}")
    String cahier(@PathVariable String type, Model model) {
        model.addAttribute("cahier", cahiers.of(type(type)));
        model.addAttribute("baseUrl", "");
        return "report/cahier";
    }

    @GetMapping("/cahiers/{type}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String type) {
        ResilienceType t = type(type);
        String pageUrl = documents.baseUrl() + "/cahiers/" + t.code();
        byte[] pdf = documents.pdf(
                "report/cahier-pdf",
                Map.of(
                        "cahier", cahiers.of(t),
                        "today", LocalDate.now(ZoneId.of("Europe/Paris")),
                        "pageUrl", pageUrl,
                        "qr", QrCodes.pngDataUri(pageUrl)));
        return PrintedDocuments.download(pdf, "cahier-" + t.code());
    }

    private static ResilienceType type(String code) {
        return Arrays.stream(ResilienceType.values())
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Type de territoire inconnu : « " + code + " »"));
    }
}
