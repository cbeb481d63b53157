package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Role;
import fr.resilience360.shared.QrCodes;
import fr.resilience360.territory.Territories;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Issue 11, item 2: the QR code of a survey's public link, printed by the territory's members. */
@IntegrationTest
class QrCodeTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Test
    void thePngDecodesBackToThePublicLink() throws Exception {
        CreatedSurvey survey = open();

        MvcTestResult png = mvc.get()
                .uri("/enquetes/" + survey.id() + "/qr.png")
                .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO)))
                .exchange();

        assertThat(png).hasStatusOk().hasContentType("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png.getResponse().getContentAsByteArray()));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(survey.link());
    }

    @Test
    void theSvgDrawsTheSameCodeAsOnePathOnWhite() throws Exception {
        CreatedSurvey survey = open();

        MvcTestResult svg = mvc.get()
                .uri("/enquetes/" + survey.id() + "/qr.svg")
                .with(as(member(accounts, Role.EDITEUR, LORIENT_AGGLO)))
                .exchange();

        assertThat(svg).hasStatusOk().hasContentType("image/svg+xml;charset=UTF-8");
        assertThat(svg)
                .bodyText()
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<path fill=\"#000\" d=\"M");
        assertThat(svg.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(QrCodes.svg(survey.link()));
    }

    @ParameterizedTest
    @EnumSource(SurveySynthesisTest.Caller.class)
    void eachCallerGetsWhatTheMatrixSays(SurveySynthesisTest.Caller caller) {
        String email = caller.signIn(accounts);
        CreatedSurvey survey = open();
        var request = mvc.get().uri("/enquetes/" + survey.id() + "/qr.png");
        if (email != null) request = request.with(as(email));

        int expected = caller.expected(Action.READ_DRAFTS, 200);
        MvcTestResult result = request.exchange();
        if (expected == 401) assertThat(result).hasStatus(302).hasRedirectedUrl("/connexion");
        else
            assertThat(result.getResponse().getStatus())
                    .as("%s imprime le QR code", caller)
                    .isEqualTo(expected);
    }

    @Test
    void anUnknownSurveyHasNoQrCode() {
        assertThat(mvc.get().uri("/enquetes/999999999/qr.png").with(as(member(accounts, Role.ADMIN, LORIENT_AGGLO))))
                .hasStatus(404);
    }

    private CreatedSurvey open() {
        return surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
    }
}
