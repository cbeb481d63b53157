package fr.resilience360.survey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The respondent's key on the answering pages: a random value in a cookie (HttpOnly, SameSite=Lax, kept 400 days,
 * only sent to {@code /enquetes}), given on the first visit. It names the respondent's draft and answer; the database
 * only holds its salted hash per survey ({@link SurveySecrets#hmac}).
 */
final class RespondentCookie {

    static final String NAME = "r360_repondant";
    private static final Duration KEPT = Duration.ofDays(400);

    private RespondentCookie() {}

    static Optional<String> read(HttpServletRequest request) {
        return Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(RespondentCookie::wellFormed)
                .findFirst();
    }

    /** Whether a value has the shape of a respondent's key (it is also the code a respondent may note). */
    static boolean wellFormed(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{20,100}");
    }

    /** Gives this browser the key {@code key}: a respondent's code typed on another device. */
    static void set(HttpServletRequest request, HttpServletResponse response, String key) {
        ResponseCookie cookie = ResponseCookie.from(NAME, key)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/enquetes")
                .maxAge(KEPT)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** The key of this browser, given now in a new cookie when it has none. */
    static String ensure(HttpServletRequest request, HttpServletResponse response) {
        return read(request).orElseGet(() -> {
            String key = SurveySecrets.token();
            set(request, response, key);
            return key;
        });
    }
}
