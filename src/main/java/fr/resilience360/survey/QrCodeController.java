package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.QrCodes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The QR code of a survey's public link, for the members of its territory who print it (the same right as the
 * synthesis, {@link Action#READ_DRAFTS}): anonymous visitors are sent to sign in, other people refused (403).
 */
@Controller
class QrCodeController {

    private final Surveys surveys;
    private final SurveyAccess access;

    QrCodeController(Surveys surveys, SurveyAccess access) {
        this.surveys = surveys;
        this.access = access;
    }

    @GetMapping("/enquetes/{id:\\d+}/qr.png")
    ResponseEntity<byte[]> png(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(QrCodes.png(link(id)));
    }

    @GetMapping("/enquetes/{id:\\d+}/qr.svg")
    ResponseEntity<String> svg(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .body(QrCodes.svg(link(id)));
    }

    private String link(long id) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.READ_DRAFTS, "Seuls les membres du territoire impriment ce QR code.");
        return surveys.link(survey);
    }
}
