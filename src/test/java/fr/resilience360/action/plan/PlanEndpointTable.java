package fr.resilience360.action.plan;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.account.Action;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every endpoint guarded by {@link PlanAccess}, with what it needs and the status of a successful call, on a fresh
 * action of CA Lorient Agglomération's plan that the caller does not pilot. {@link #expected} turns a caller's rights
 * from the permission matrix into the status the endpoint must give.
 */
final class PlanEndpointTable {

    enum Need {
        READ,
        EDIT
    }

    enum Kind {
        PAGE,
        API
    }

    /** One call: who (null = anonymous), on fresh items of CA Lorient Agglomération's plan. */
    record Call(MockMvcTester mvc, String email, long action, long indicator, long milestone, long budgetLine) {

        <B extends AbstractMockHttpServletRequestBuilder<B>> B by(B request) {
            B signedIn = email == null ? request : request.with(OnlineFixtures.as(email));
            return signedIn.with(csrf());
        }

        MvcTestResult json(AbstractMockHttpServletRequestBuilder<?> request, String body) {
            return by((MockMvcTester.MockMvcRequestBuilder) request)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .exchange();
        }
    }

    record Endpoint(
            String method, String pattern, Need need, Kind kind, int success, Function<Call, MvcTestResult> call) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static final String API = "/api/v1/territoires/" + LORIENT_AGGLO + "/plan";
    static final String PAGE = "/territoires/" + LORIENT_AGGLO + "/plan";
    private static final String A = "/api/v1/territoires/{code}/plan";

    static final List<Endpoint> ENDPOINTS = new ArrayList<>(List.of(
            new Endpoint(
                    "GET",
                    A,
                    Need.READ,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc().get().uri(API)).exchange()),
            new Endpoint(
                    "GET",
                    A + "/historique",
                    Need.READ,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc().get().uri(API + "/historique")).exchange()),
            new Endpoint(
                    "POST",
                    A + "/actions",
                    Need.EDIT,
                    Kind.API,
                    201,
                    c -> c.json(c.mvc().post().uri(API + "/actions"), "{\"titre\": \"Essai de droits\"}")),
            new Endpoint(
                    "PATCH",
                    A + "/actions/{id}",
                    Need.EDIT,
                    Kind.API,
                    200,
                    c -> c.json(
                            c.mvc().patch().uri(API + "/actions/" + c.action()).header("If-Match", "\"1\""),
                            "{\"statut\": \"en-cours\"}")),
            new Endpoint(
                    "DELETE",
                    A + "/actions/{id}",
                    Need.EDIT,
                    Kind.API,
                    204,
                    c -> c.by(c.mvc()
                                    .delete()
                                    .uri(API + "/actions/" + c.action())
                                    .header("If-Match", "\"1\""))
                            .exchange()),
            new Endpoint(
                    "PUT",
                    A + "/ponderations",
                    Need.EDIT,
                    Kind.API,
                    200,
                    c -> c.json(
                            c.mvc().put().uri(API + "/ponderations"),
                            "{\"impact\": 3, \"boussole\": 1, \"cout\": 1, \"faisabilite\": 1, \"delai\": 1,"
                                    + " \"cobenefices\": 1}")),
            new Endpoint(
                    "POST",
                    A + "/actions/{id}/budget",
                    Need.EDIT,
                    Kind.API,
                    201,
                    c -> c.json(
                            c.mvc().post().uri(API + "/actions/" + c.action() + "/budget"),
                            "{\"annee\": 2026, \"type\": \"investissement\", \"prevu\": 1000}")),
            new Endpoint(
                    "DELETE",
                    A + "/actions/{id}/budget/{line}",
                    Need.EDIT,
                    Kind.API,
                    204,
                    c -> c.by(c.mvc().delete().uri(API + "/actions/" + c.action() + "/budget/" + c.budgetLine()))
                            .exchange()),
            new Endpoint(
                    "POST",
                    A + "/actions/{id}/jalons",
                    Need.EDIT,
                    Kind.API,
                    201,
                    c -> c.json(
                            c.mvc().post().uri(API + "/actions/" + c.action() + "/jalons"),
                            "{\"titre\": \"Étude\", \"echeance\": \"2027-01-31\"}")),
            new Endpoint(
                    "PATCH",
                    A + "/actions/{id}/jalons/{milestone}",
                    Need.EDIT,
                    Kind.API,
                    200,
                    c -> c.json(
                            c.mvc().patch().uri(API + "/actions/" + c.action() + "/jalons/" + c.milestone()),
                            "{\"atteint\": \"2026-11-30\"}")),
            new Endpoint(
                    "POST",
                    A + "/actions/{id}/indicateurs",
                    Need.EDIT,
                    Kind.API,
                    201,
                    c -> c.json(
                            c.mvc().post().uri(API + "/actions/" + c.action() + "/indicateurs"),
                            "{\"libelle\": \"Repas bio\", \"unite\": \"%\", \"annee_reference\": 2024}")),
            new Endpoint(
                    "PUT",
                    A + "/actions/{id}/indicateurs/{indicator}/points",
                    Need.EDIT,
                    Kind.API,
                    200,
                    c -> c.json(
                            c.mvc()
                                    .put()
                                    .uri(API + "/actions/" + c.action() + "/indicateurs/" + c.indicator() + "/points"),
                            "{\"annee\": 2024, \"type\": \"resultat\", \"valeur\": 12}")),
            new Endpoint(
                    "POST",
                    A + "/actions/{id}/notes",
                    Need.EDIT,
                    Kind.API,
                    201,
                    c -> c.json(
                            c.mvc().post().uri(API + "/actions/" + c.action() + "/notes"),
                            "{\"texte\": \"Réunion faite\"}")),
            new Endpoint(
                    "GET",
                    A + ".xlsx",
                    Need.READ,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc().get().uri(API + ".xlsx")).exchange()),
            new Endpoint(
                    "GET",
                    A + ".csv",
                    Need.READ,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc().get().uri(API + ".csv")).exchange()),
            new Endpoint(
                    "POST",
                    A + "/import",
                    Need.EDIT,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri(API + "/import?verifier=oui&remplacer=oui")
                                    .multipart()
                                    .file("fichier", emptyWorkbook()))
                            .exchange()),
            new Endpoint(
                    "POST",
                    "/territoires/{id}/plan/import",
                    Need.EDIT,
                    Kind.PAGE,
                    200,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri(PAGE + "/import")
                                    .multipart()
                                    .file("fichier", emptyWorkbook())
                                    .param("verifier", "oui")
                                    .param("remplacer", "oui"))
                            .exchange()),
            page("GET", "/export.xlsx", Need.READ, 200, (c, r) -> r.get().uri(PAGE + "/export.xlsx")),
            page("GET", "/export.csv", Need.READ, 200, (c, r) -> r.get().uri(PAGE + "/export.csv")),
            page("GET", "/export.pdf", Need.READ, 200, (c, r) -> r.get().uri(PAGE + "/export.pdf")),
            page("GET", "", Need.READ, 200, (c, r) -> r.get().uri(PAGE)),
            page(
                    "POST",
                    "/actions",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post().uri(PAGE + "/actions").param("titre", "Page")),
            page(
                    "POST",
                    "/ponderations",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/ponderations")
                            .param("impact", "3")
                            .param("cout", "1")),
            page("GET", "/actions/{action}", Need.READ, 200, (c, r) -> r.get().uri(PAGE + "/actions/" + c.action())),
            page(
                    "POST",
                    "/actions/{action}",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action())
                            .param("version", "1")
                            .param("titre", "Renommée")
                            .param("statut", "en-cours")),
            page(
                    "POST",
                    "/actions/{action}/suppression",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/suppression")
                            .param("version", "1")),
            page(
                    "POST",
                    "/actions/{action}/budget",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/budget")
                            .param("annee", "2026")
                            .param("type", "investissement")
                            .param("prevu", "100")),
            page(
                    "POST",
                    "/actions/{action}/budget/{line}/suppression",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/budget/" + c.budgetLine() + "/suppression")),
            page(
                    "POST",
                    "/actions/{action}/jalons",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/jalons")
                            .param("titre", "Étude")
                            .param("echeance", "2027-01-31")),
            page(
                    "POST",
                    "/actions/{action}/jalons/{milestone}/atteint",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/jalons/" + c.milestone() + "/atteint")
                            .param("atteint", "2026-11-30")),
            page(
                    "POST",
                    "/actions/{action}/indicateurs",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/indicateurs")
                            .param("libelle", "Repas")
                            .param("annee_reference", "2024")),
            page(
                    "POST",
                    "/actions/{action}/indicateurs/{indicator}/points",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/indicateurs/" + c.indicator() + "/points")
                            .param("annee", "2024")
                            .param("type", "objectif")
                            .param("valeur", "30")),
            page(
                    "POST",
                    "/actions/{action}/notes",
                    Need.EDIT,
                    302,
                    (c, r) -> r.post()
                            .uri(PAGE + "/actions/" + c.action() + "/notes")
                            .param("texte", "Note"))));

    private static Endpoint page(
            String method,
            String suffix,
            Need need,
            int success,
            java.util.function.BiFunction<Call, MockMvcTester, MockMvcTester.MockMvcRequestBuilder> request) {
        return new Endpoint(
                method,
                "/territoires/{id}/plan" + suffix,
                need,
                Kind.PAGE,
                success,
                c -> c.by(request.apply(c, c.mvc())).exchange());
    }

    /** A plan's workbook with an « Actions » sheet and no action: what an import needs at least. */
    static byte[] emptyWorkbook() {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("Actions").createRow(0).createCell(0).setCellValue("id");
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private PlanEndpointTable() {}

    /** The status an endpoint must give a caller holding these actions on the territory (null: anonymous). */
    static int expected(Endpoint e, Set<Action> rights) {
        if (rights == null) {
            if (e.kind() == Kind.PAGE) return Caller.SIGN_IN;
            return e.need() == Need.EDIT ? 401 : 404;
        }
        if (!rights.contains(Action.READ_DRAFTS)) return 404;
        if (e.need() == Need.EDIT && !rights.contains(Action.EDIT_DIAGNOSTICS)) return 403;
        return e.success();
    }
}
