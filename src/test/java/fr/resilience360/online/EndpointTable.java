package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;

import fr.resilience360.account.Action;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every endpoint of the account and online modules, with what it needs (from the permission matrix's actions) and
 * the status of a successful call. {@link #expected} turns a caller's rights into the status the endpoint must give.
 */
final class EndpointTable {

    /** Expected: a redirection to the sign-in page. */
    static final int SIGN_IN = Caller.SIGN_IN;

    /** What an endpoint needs of its caller. */
    enum Need {
        PUBLIC,
        SIGNED_IN,
        MANAGE_MEMBERS,
        START,
        READ_DRAFT,
        EDIT_DRAFT,
        PUBLISH_DRAFT
    }

    /** A page answers an anonymous caller with the sign-in page; the API with 401, or 404 for a draft. */
    enum Kind {
        PAGE,
        API
    }

    /** One call: who (null = anonymous) on which fresh draft of CA Lorient Agglomération. */
    record Call(MockMvcTester mvc, String email, long draft) {

        <B extends AbstractMockHttpServletRequestBuilder<B>> B by(B request) {
            B signedIn = email == null ? request : request.with(OnlineFixtures.as(email));
            return signedIn.with(EndpointPermissionsTest.csrfToken());
        }
    }

    record Endpoint(
            String method, String pattern, Need need, Kind kind, int success, Function<Call, MvcTestResult> call) {

        MvcTestResult call(Call c) {
            return call.apply(c);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final String ROW = "3";
    private static final String D = "/diagnostics/";

    static final List<Endpoint> ENDPOINTS = List.of(
            page(
                    "GET",
                    "/compte",
                    Need.SIGNED_IN,
                    200,
                    c -> c.by(c.mvc().get().uri("/compte")).exchange()),
            page(
                    "GET",
                    "/compte/mot-de-passe",
                    Need.SIGNED_IN,
                    200,
                    c -> c.by(c.mvc().get().uri("/compte/mot-de-passe")).exchange()),
            page(
                    "POST",
                    "/compte/mot-de-passe",
                    Need.SIGNED_IN,
                    302,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/compte/mot-de-passe")
                                    .param("motDePasse", "un mot de passe sûr")
                                    .param("confirmation", "un mot de passe sûr"))
                            .exchange()),
            page(
                    "GET",
                    "/compte/jetons",
                    Need.SIGNED_IN,
                    200,
                    c -> c.by(c.mvc().get().uri("/compte/jetons")).exchange()),
            page(
                    "POST",
                    "/compte/jetons",
                    Need.SIGNED_IN,
                    200,
                    c -> c.by(c.mvc().post().uri("/compte/jetons").param("nom", "essai"))
                            .exchange()),
            // nobody holds token 0: a signed-in person is told it is not theirs
            page(
                    "POST",
                    "/compte/jetons/{id}/revocation",
                    Need.SIGNED_IN,
                    404,
                    c -> c.by(c.mvc().post().uri("/compte/jetons/0/revocation")).exchange()),
            page(
                    "GET",
                    "/compte/territoires/{id}/membres",
                    Need.MANAGE_MEMBERS,
                    200,
                    c -> c.by(c.mvc().get().uri("/compte/territoires/" + LORIENT_AGGLO + "/membres"))
                            .exchange()),
            page(
                    "POST",
                    "/compte/territoires/{id}/membres",
                    Need.MANAGE_MEMBERS,
                    200,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/compte/territoires/" + LORIENT_AGGLO + "/membres")
                                    .param("email", "invite-" + UUID.randomUUID() + "@exemple.fr")
                                    .param("role", "lecteur"))
                            .exchange()),
            // a person who is no member: an allowed caller is told so (400), the others never reach that check
            page(
                    "POST",
                    "/compte/territoires/{id}/membres/role",
                    Need.MANAGE_MEMBERS,
                    400,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/compte/territoires/" + LORIENT_AGGLO + "/membres/role")
                                    .param("email", "personne@exemple.fr")
                                    .param("role", "lecteur"))
                            .exchange()),
            page(
                    "POST",
                    "/compte/territoires/{id}/membres/retrait",
                    Need.MANAGE_MEMBERS,
                    400,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/compte/territoires/" + LORIENT_AGGLO + "/membres/retrait")
                                    .param("email", "personne@exemple.fr"))
                            .exchange()),
            page(
                    "POST",
                    "/compte/territoires/{id}/membres/communes",
                    Need.MANAGE_MEMBERS,
                    400,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/compte/territoires/" + LORIENT_AGGLO + "/membres/communes")
                                    .param("email", "personne@exemple.fr")
                                    .param("lecture", "true"))
                            .exchange()),
            page(
                    "POST",
                    "/compte/territoires/{id}/invitations/revocation",
                    Need.MANAGE_MEMBERS,
                    400,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/compte/territoires/" + LORIENT_AGGLO + "/invitations/revocation")
                                    .param("email", "personne@exemple.fr"))
                            .exchange()),
            page(
                    "GET",
                    "/connexion",
                    Need.PUBLIC,
                    200,
                    c -> c.by(c.mvc().get().uri("/connexion")).exchange()),
            page(
                    "GET",
                    "/connexion/lien/{token}",
                    Need.PUBLIC,
                    410,
                    c -> c.by(c.mvc().get().uri("/connexion/lien/inconnu")).exchange()),
            page(
                    "POST",
                    "/connexion/lien/{token}",
                    Need.PUBLIC,
                    410,
                    c -> c.by(c.mvc().post().uri("/connexion/lien/inconnu")).exchange()),
            page(
                    "GET",
                    "/connexion/mot-de-passe-oublie",
                    Need.PUBLIC,
                    200,
                    c -> c.by(c.mvc().get().uri("/connexion/mot-de-passe-oublie"))
                            .exchange()),
            page(
                    "POST",
                    "/connexion/mot-de-passe-oublie",
                    Need.PUBLIC,
                    200,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/connexion/mot-de-passe-oublie")
                                    .param("email", "x@exemple.fr"))
                            .exchange()),
            page(
                    "GET",
                    "/invitation/{token}",
                    Need.PUBLIC,
                    410,
                    c -> c.by(c.mvc().get().uri("/invitation/inconnu")).exchange()),
            page(
                    "POST",
                    "/invitation/{token}",
                    Need.PUBLIC,
                    410,
                    c -> c.by(c.mvc().post().uri("/invitation/inconnu")).exchange()),
            page(
                    "GET",
                    "/territoires/{id}/diagnostics",
                    Need.PUBLIC,
                    200,
                    c -> c.by(c.mvc().get().uri("/territoires/" + LORIENT_AGGLO + "/diagnostics"))
                            .exchange()),
            page(
                    "POST",
                    "/territoires/{id}/diagnostics",
                    Need.START,
                    302,
                    c -> c.by(c.mvc().post().uri("/territoires/" + LORIENT_AGGLO + "/diagnostics"))
                            .exchange()),
            page(
                    "POST",
                    "/territoires/{id}/diagnostics/groupe",
                    Need.START,
                    302,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/territoires/" + LORIENT_AGGLO + "/diagnostics/groupe")
                                    .param("nom", "Groupe d'essai")
                                    .param("communes", "56121, 56098"))
                            .exchange()),
            page(
                    "POST",
                    "/territoires/{id}/diagnostics/classeur",
                    Need.START,
                    302,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/territoires/" + LORIENT_AGGLO + "/diagnostics/classeur")
                                    .multipart()
                                    .file(workbook()))
                            .exchange()),
            page(
                    "GET",
                    "/diagnostics/{id}",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri(D + c.draft())).exchange()),
            page(
                    "GET",
                    "/diagnostics/{id}.xlsx",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri(D + c.draft() + ".xlsx")).exchange()),
            page(
                    "GET",
                    "/diagnostics/{id}.csv",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri(D + c.draft() + ".csv")).exchange()),
            page(
                    "GET",
                    "/diagnostics/{id}.json",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri(D + c.draft() + ".json")).exchange()),
            page(
                    "GET",
                    "/diagnostics/{id}/besoins/{need}",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri(D + c.draft() + "/besoins/bv1")).exchange()),
            page(
                    "GET",
                    "/diagnostics/{id}/evolution",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri(D + c.draft() + "/evolution").param("depuis", "" + c.draft()))
                            .exchange()),
            page(
                    "GET",
                    "/diagnostics/{id}/lignes/{row}/historique",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri(D + c.draft() + "/lignes/" + ROW + "/historique"))
                            .exchange()),
            page(
                    "POST",
                    "/diagnostics/{id}/lignes/{row}",
                    Need.EDIT_DRAFT,
                    200,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri(D + c.draft() + "/lignes/" + ROW)
                                    .header("HX-Request", "true")
                                    .param("revision", "0")
                                    .param("valeur", "0,5")
                                    .param("justification", "essai"))
                            .exchange()),
            page(
                    "POST",
                    "/diagnostics/{id}/lignes/{row}/attribution",
                    Need.EDIT_DRAFT,
                    302,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri(D + c.draft() + "/lignes/" + ROW + "/attribution")
                                    .param("email", "contributeur@exemple.fr"))
                            .exchange()),
            page(
                    "POST",
                    "/diagnostics/{id}/ponderation",
                    Need.EDIT_DRAFT,
                    302,
                    c -> c.by(c.mvc().post().uri(D + c.draft() + "/ponderation").param("profil", "etat"))
                            .exchange()),
            page(
                    "POST",
                    "/diagnostics/{id}/publication",
                    Need.PUBLISH_DRAFT,
                    302,
                    c -> c.by(c.mvc().post().uri(D + c.draft() + "/publication"))
                            .exchange()),
            api(
                    "GET",
                    "/api/v1/territoires/{code}/diagnostics",
                    Need.PUBLIC,
                    200,
                    c -> c.by(c.mvc().get().uri("/api/v1/territoires/" + LORIENT_AGGLO + "/diagnostics"))
                            .exchange()),
            api(
                    "POST",
                    "/api/v1/territoires/{code}/diagnostics",
                    Need.START,
                    201,
                    c -> c.by(c.mvc().post().uri("/api/v1/territoires/" + LORIENT_AGGLO + "/diagnostics"))
                            .exchange()),
            api(
                    "GET",
                    "/api/v1/diagnostics/{id}",
                    Need.READ_DRAFT,
                    200,
                    c -> c.by(c.mvc().get().uri("/api/v1/diagnostics/" + c.draft()))
                            .exchange()),
            api(
                    "PUT",
                    "/api/v1/diagnostics/{id}/valeurs/{row}",
                    Need.EDIT_DRAFT,
                    200,
                    c -> c.by(c.mvc()
                                    .put()
                                    .uri("/api/v1/diagnostics/" + c.draft() + "/valeurs/" + ROW)
                                    .header("If-Match", "\"0\"")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"valeur\": \"0,5\", \"justification\": \"essai\"}"))
                            .exchange()),
            api(
                    "POST",
                    "/api/v1/diagnostics/{id}/classeur",
                    Need.EDIT_DRAFT,
                    200,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/api/v1/diagnostics/" + c.draft() + "/classeur")
                                    .multipart()
                                    .file(workbook()))
                            .exchange()));

    private EndpointTable() {}

    /** The status an endpoint must give a caller holding these actions on the territory (null: anonymous). */
    static int expected(Endpoint e, Set<Action> rights) {
        if (e.need() == Need.PUBLIC) return e.success();
        if (rights == null) {
            if (e.kind() == Kind.PAGE) return SIGN_IN;
            return e.need() == Need.START ? 401 : 404;
        }
        return switch (e.need()) {
            case SIGNED_IN -> e.success();
            case MANAGE_MEMBERS -> rights.contains(Action.MANAGE_MEMBERS) ? e.success() : 403;
            case START -> rights.contains(Action.EDIT_DIAGNOSTICS) ? e.success() : 403;
            case READ_DRAFT -> rights.contains(Action.READ_DRAFTS) ? e.success() : 404;
            case EDIT_DRAFT -> draft(rights, Action.EDIT_DIAGNOSTICS, e.success());
            case PUBLISH_DRAFT -> draft(rights, Action.PUBLISH, e.success());
            case PUBLIC -> e.success();
        };
    }

    private static int draft(Set<Action> rights, Action action, int success) {
        if (!rights.contains(Action.READ_DRAFTS)) return 404;
        return rights.contains(action) ? success : 403;
    }

    private static Endpoint page(
            String method, String pattern, Need need, int success, Function<Call, MvcTestResult> call) {
        return new Endpoint(method, pattern, need, Kind.PAGE, success, call);
    }

    private static Endpoint api(
            String method, String pattern, Need need, int success, Function<Call, MvcTestResult> call) {
        return new Endpoint(method, pattern, need, Kind.API, success, call);
    }

    private static MockMultipartFile workbook() {
        try (InputStream in = EndpointPermissionsTest.workbook()) {
            return new MockMultipartFile("fichier", "classeur.xlsx", null, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
