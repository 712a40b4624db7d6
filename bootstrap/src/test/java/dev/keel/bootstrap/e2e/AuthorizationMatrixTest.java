package dev.keel.bootstrap.e2e;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the API × {anonymous, a member acting on another user's resource, the resource's own user, an
 * administrator} → the status each gets. The rows are checked against the application's route table: a new route
 * without a row fails this test.
 */
@MicronautTest
class AuthorizationMatrixTest extends EndToEndTest {

    @Inject
    Router router;

    /** Who calls, and on whose resource. */
    private record Caller(String name, Api client, String selfId, String selfEmail) {
    }

    /** The expected statuses of one route, and how to call it as a caller. */
    private record Row(int anonymous, int member, int own, int admin, Function<Caller, Api.Response> call) {
    }

    private Caller anonymousCaller;
    private Caller member;
    private Caller own;
    private Caller admin;
    private final Map<String, Row> matrix = new LinkedHashMap<>();
    private int counter;

    private String unique(String label) {
        return label + "-" + run + "-" + (counter++) + "@example.com";
    }

    /** A fresh member made by the administrator: its id. */
    private String newUserId() {
        return api.post("/api/v1/users", Api.userJson(unique("target"), "Target")).text("id");
    }

    /** The target of a user route: the caller's own user for "own", someone else's for everyone else. */
    private String target(Caller caller) {
        return caller == own ? caller.selfId() : newUserId();
    }

    /** A project of the "own" caller; for everyone else, of a user they share no project with. */
    private String project(Caller caller) {
        Api creator = caller == own ? caller.client() : anonymous.signedInAs(own.selfEmail(), Api.PASSWORD);
        return creator.post("/api/v1/projects", "{\"name\":\"Matrix " + run + "\"}").text("id");
    }

    /** A label in a project of the "own" caller. */
    private String label(Caller caller) {
        Api creator = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD);
        return creator.post("/api/v1/projects/" + project(own) + "/labels", "{\"name\":\"matrix\",\"color\":\"#123456\"}").text("id");
    }

    /** A comment of the "own" caller on a task of their project. */
    private String comment(Caller caller) {
        Api creator = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD);
        return creator.post("/api/v1/tasks/" + task(own) + "/comments", "{\"body\":\"matrix\"}").text("id");
    }

    /** A document in a project of the "own" caller. */
    private String document(Caller caller) {
        Api creator = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD);
        return creator.post("/api/v1/projects/" + project(own) + "/documents", "{\"title\":\"Matrix\"}").text("id");
    }

    /** A ledger account of the "own" caller. */
    private String ledgerAccount() {
        Api creator = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD);
        return creator.post("/api/v1/ledger/accounts", "{\"name\":\"Matrix\",\"currency\":\"EUR\"}").text("id");
    }

    /** A transfer body between two accounts of the "own" caller; pending when asked. */
    private String transferBody(boolean pending) {
        return "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"debitAccountId\":\"" + ledgerAccount() + "\",\"creditAccountId\":\""
                + ledgerAccount() + "\",\"amount\":5,\"currency\":\"EUR\",\"pending\":" + pending + "}";
    }

    /** A pending transfer between two accounts of the "own" caller. */
    private String pendingTransfer() {
        Api creator = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD);
        return creator.post("/api/v1/ledger/transfers", transferBody(true)).text("id");
    }

    /** A task in a project of the "own" caller. */
    private String task(Caller caller) {
        Api creator = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD);
        return creator.post("/api/v1/projects/" + project(own) + "/tasks", "{\"title\":\"Matrix task\"}").text("id");
    }

    @BeforeEach
    void callersAndRows() {
        anonymousCaller = new Caller("anonymous", anonymous, null, null);
        admin = new Caller("admin", api, api.get("/api/v1/me").text("id"), Api.ADMIN_EMAIL);
        member = memberCaller("member");
        own = memberCaller("own");

        row("POST /api/v1/users", 201, 201, 201, 201,
                c -> c.client().post("/api/v1/users", Api.userJson(unique("signup"), "Signed Up")));
        row("GET /api/v1/users", 401, 200, 200, 200, c -> c.client().get("/api/v1/users?limit=1"));
        row("GET /api/v1/users/{id}", 401, 200, 200, 200, c -> c.client().get("/api/v1/users/" + target(c)));
        row("PATCH /api/v1/users/{id}", 401, 403, 200, 200,
                c -> c.client().patch("/api/v1/users/" + target(c), "{\"name\":\"Renamed\"}"));
        row("DELETE /api/v1/users/{id}", 401, 403, 403, 204, c -> c.client().delete("/api/v1/users/" + target(c)));
        row("POST /api/v1/users/{id}/restore", 401, 403, 403, 200,
                c -> c.client().post("/api/v1/users/" + target(c) + "/restore", null));
        row("GET /api/v1/me", 401, 200, 200, 200, c -> c.client().get("/api/v1/me"));
        row("POST /api/v1/auth/token", 200, 200, 200, 200, c -> {
            String email = unique("signin");
            api.post("/api/v1/users", Api.userJson(email, "Signs In"));
            return c.client().post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}");
        });
        row("POST /api/v1/auth/refresh", 200, 200, 200, 200, c -> {
            String email = unique("refresh");
            api.post("/api/v1/users", Api.userJson(email, "Refreshes"));
            String refresh = anonymous.signIn(email, Api.PASSWORD).text("refreshToken");
            return c.client().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}");
        });
        row("POST /api/v1/auth/logout", 401, 204, 204, 204, c -> c.client().post("/api/v1/auth/logout", null));
        row("GET /api/v1/auth/sessions", 401, 200, 200, 200, c -> c.client().get("/api/v1/auth/sessions"));
        row("DELETE /api/v1/auth/sessions/{id}", 401, 404, 204, 404, c -> {
            // Own: one of the caller's sessions; everyone else: a session of another user.
            String owner = c == own ? c.selfEmail() : unique("sessions");
            if (c != own) {
                api.post("/api/v1/users", Api.userJson(owner, "Has Sessions"));
            }
            String session = anonymous.signedInAs(owner, Api.PASSWORD).get("/api/v1/auth/sessions")
                    .json().values().iterator().next().get("id").getStringValue();
            return c.client().delete("/api/v1/auth/sessions/" + session);
        });
        row("POST /api/v1/projects", 401, 201, 201, 201,
                c -> c.client().post("/api/v1/projects", "{\"name\":\"Matrix " + run + "\"}"));
        // Projects are visible to their members only: the "own" caller's project, everyone else's someone else's.
        row("GET /api/v1/projects/{id}", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c)));
        row("PATCH /api/v1/projects/{id}", 401, 404, 200, 404,
                c -> c.client().patch("/api/v1/projects/" + project(c), "{\"name\":\"Renamed\"}"));
        row("DELETE /api/v1/projects/{id}", 401, 404, 204, 404, c -> c.client().delete("/api/v1/projects/" + project(c)));
        row("POST /api/v1/projects/{id}/restore", 401, 404, 200, 404, c -> {
            String project = project(c);
            anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).delete("/api/v1/projects/" + project);
            return c.client().post("/api/v1/projects/" + project + "/restore", null);
        });
        row("GET /api/v1/projects/{id}/members", 401, 404, 200, 404,
                c -> c.client().get("/api/v1/projects/" + project(c) + "/members"));
        row("PUT /api/v1/projects/{id}/members/{userId}", 401, 404, 200, 404,
                c -> c.client().send("PUT", "/api/v1/projects/" + project(c) + "/members/" + newUserId(), Api.JSON,
                        "{\"role\":\"MEMBER\"}"));
        row("DELETE /api/v1/projects/{id}/members/{userId}", 401, 404, 204, 404, c -> {
            String project = project(c);
            String member = newUserId();
            anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).send("PUT", "/api/v1/projects/" + project + "/members/" + member,
                    Api.JSON, "{\"role\":\"MEMBER\"}");
            return c.client().delete("/api/v1/projects/" + project + "/members/" + member);
        });
        // Tasks live in the "own" caller's project: everyone else is no member of it.
        row("POST /api/v1/projects/{id}/tasks", 401, 404, 201, 404,
                c -> c.client().post("/api/v1/projects/" + project(c) + "/tasks", "{\"title\":\"Matrix task\"}"));
        row("GET /api/v1/tasks/{id}", 401, 404, 200, 404, c -> c.client().get("/api/v1/tasks/" + task(c)));
        row("PATCH /api/v1/tasks/{id}", 401, 404, 200, 404,
                c -> c.client().patch("/api/v1/tasks/" + task(c), "{\"title\":\"Renamed\"}"));
        row("DELETE /api/v1/tasks/{id}", 401, 404, 204, 404, c -> c.client().delete("/api/v1/tasks/" + task(c)));
        row("POST /api/v1/tasks/{id}/restore", 401, 404, 200, 404, c -> {
            String task = task(c);
            anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).delete("/api/v1/tasks/" + task);
            return c.client().post("/api/v1/tasks/" + task + "/restore", null);
        });
        row("POST /api/v1/tasks/{id}/move", 401, 404, 200, 404, c -> {
            String task = task(c);
            String column = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).get("/api/v1/tasks/" + task).text("columnId");
            return c.client().post("/api/v1/tasks/" + task + "/move", "{\"columnId\":\"" + column + "\"}");
        });
        row("GET /api/v1/projects/{id}/board", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c) + "/board"));
        row("GET /api/v1/columns/{id}/tasks", 401, 404, 200, 404,
                c -> c.client().get("/api/v1/columns/" + WorkDatabase.columnIds(project(c)).get(0) + "/tasks"));
        row("POST /api/v1/projects/{id}/labels", 401, 404, 201, 404,
                c -> c.client().post("/api/v1/projects/" + project(c) + "/labels", "{\"name\":\"matrix\",\"color\":\"#123456\"}"));
        row("GET /api/v1/projects/{id}/labels", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c) + "/labels"));
        row("PATCH /api/v1/labels/{id}", 401, 404, 200, 404, c -> c.client().patch("/api/v1/labels/" + label(c), "{\"color\":\"#654321\"}"));
        row("DELETE /api/v1/labels/{id}", 401, 404, 204, 404, c -> c.client().delete("/api/v1/labels/" + label(c)));
        row("PUT /api/v1/tasks/{id}/labels/{labelId}", 401, 404, 204, 404, c -> {
            String task = task(c);
            String project = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).get("/api/v1/tasks/" + task).text("projectId");
            return c.client().send("PUT", "/api/v1/tasks/" + task + "/labels/" + WorkDatabase.label(project, "m", "#000000"), null, null);
        });
        row("DELETE /api/v1/tasks/{id}/labels/{labelId}", 401, 404, 204, 404, c -> {
            String task = task(c);
            String project = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).get("/api/v1/tasks/" + task).text("projectId");
            return c.client().delete("/api/v1/tasks/" + task + "/labels/" + WorkDatabase.label(project, "m", "#000000"));
        });
        row("GET /api/v1/projects/{id}/stats", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c) + "/stats"));
        row("GET /api/v1/projects", 401, 200, 200, 200, c -> c.client().get("/api/v1/projects?limit=1"));
        row("POST /api/v1/projects/{id}/transfer-ownership", 401, 404, 200, 404, c -> {
            String project = project(c);
            String heir = newUserId();
            anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).send("PUT", "/api/v1/projects/" + project + "/members/" + heir,
                    Api.JSON, "{\"role\":\"MEMBER\"}");
            return c.client().post("/api/v1/projects/" + project + "/transfer-ownership", "{\"newOwnerId\":\"" + heir + "\"}");
        });
        row("GET /api/v1/me/notifications", 401, 200, 200, 200, c -> c.client().get("/api/v1/me/notifications"));
        row("POST /api/v1/projects/{id}/columns", 401, 404, 201, 404,
                c -> c.client().post("/api/v1/projects/" + project(c) + "/columns", "{\"name\":\"Matrix\"}"));
        row("PATCH /api/v1/columns/{id}", 401, 404, 200, 404,
                c -> c.client().patch("/api/v1/columns/" + WorkDatabase.columnIds(project(c)).get(0), "{\"wipLimit\":4}"));
        row("DELETE /api/v1/columns/{id}", 401, 404, 204, 404,
                c -> c.client().delete("/api/v1/columns/" + WorkDatabase.columnIds(project(c)).get(0)));
        row("GET /api/v1/projects/{id}/tasks", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c) + "/tasks"));
        row("POST /api/v1/projects/{id}/tasks/batch", 401, 404, 201, 404,
                c -> c.client().post("/api/v1/projects/" + project(c) + "/tasks/batch", "{\"items\":[{\"title\":\"a\"},{\"title\":\"b\"}]}"));
        row("PATCH /api/v1/projects/{id}/tasks", 401, 404, 200, 404, c -> {
            String task = task(c);
            String project = anonymous.signedInAs(own.selfEmail(), Api.PASSWORD).get("/api/v1/tasks/" + task).text("projectId");
            return c.client().send("PATCH", "/api/v1/projects/" + project + "/tasks", Api.JSON,
                    "{\"ids\":[\"" + task + "\"],\"set\":{\"priority\":\"LOW\"}}");
        });
        row("POST /api/v1/tasks/{id}/comments", 401, 404, 201, 404,
                c -> c.client().post("/api/v1/tasks/" + task(c) + "/comments", "{\"body\":\"matrix\"}"));
        row("GET /api/v1/tasks/{id}/comments", 401, 404, 200, 404, c -> c.client().get("/api/v1/tasks/" + task(c) + "/comments"));
        row("PATCH /api/v1/comments/{id}", 401, 404, 200, 404, c -> c.client().patch("/api/v1/comments/" + comment(c), "{\"body\":\"edited\"}"));
        row("DELETE /api/v1/comments/{id}", 401, 404, 204, 404, c -> c.client().delete("/api/v1/comments/" + comment(c)));
        row("GET /api/v1/comments/{id}/revisions", 401, 404, 200, 404, c -> c.client().get("/api/v1/comments/" + comment(c) + "/revisions"));
        row("POST /api/v1/projects/{id}/documents", 401, 404, 201, 404,
                c -> c.client().post("/api/v1/projects/" + project(c) + "/documents", "{\"title\":\"matrix\"}"));
        row("GET /api/v1/projects/{id}/documents", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c) + "/documents"));
        row("GET /api/v1/documents/{id}", 401, 404, 200, 404, c -> c.client().get("/api/v1/documents/" + document(c)));
        row("PATCH /api/v1/documents/{id}", 401, 404, 200, 404, c -> c.client().patch("/api/v1/documents/" + document(c), "{\"title\":\"edited\"}"));
        row("DELETE /api/v1/documents/{id}", 401, 404, 204, 404, c -> c.client().delete("/api/v1/documents/" + document(c)));
        row("POST /api/v1/documents/{id}/restore", 401, 404, 200, 404, c -> c.client().post("/api/v1/documents/" + document(c) + "/restore", null));
        row("GET /api/v1/projects/{id}/search", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c) + "/search?q=matrix"));
        row("GET /api/v1/search", 401, 200, 200, 200, c -> c.client().get("/api/v1/search?q=matrix"));
        row("GET /api/v1/projects/{id}/activity", 401, 404, 200, 404, c -> c.client().get("/api/v1/projects/" + project(c) + "/activity"));
        row("GET /api/v1/tasks/{id}/activity", 401, 404, 200, 404, c -> c.client().get("/api/v1/tasks/" + task(c) + "/activity"));
        row("POST /api/v1/ledger/accounts", 401, 201, 201, 201,
                c -> c.client().post("/api/v1/ledger/accounts", "{\"name\":\"mine\",\"currency\":\"EUR\"}"));
        row("GET /api/v1/ledger/accounts", 401, 200, 200, 200, c -> c.client().get("/api/v1/ledger/accounts"));
        row("GET /api/v1/ledger/accounts/{id}", 401, 404, 200, 200, c -> c.client().get("/api/v1/ledger/accounts/" + ledgerAccount()));
        row("POST /api/v1/ledger/accounts/{id}/close", 401, 404, 200, 200,
                c -> c.client().post("/api/v1/ledger/accounts/" + ledgerAccount() + "/close", null));
        row("GET /api/v1/ledger/accounts/{id}/entries", 401, 404, 200, 200,
                c -> c.client().get("/api/v1/ledger/accounts/" + ledgerAccount() + "/entries"));
        row("GET /api/v1/ledger/accounts/{id}/balance", 401, 404, 200, 200,
                c -> c.client().get("/api/v1/ledger/accounts/" + ledgerAccount() + "/balance"));
        row("POST /api/v1/ledger/transfers", 401, 403, 201, 201, c -> c.client().post("/api/v1/ledger/transfers", transferBody(false)));
        row("POST /api/v1/ledger/transfers/batch", 401, 422, 200, 200,
                c -> c.client().post("/api/v1/ledger/transfers/batch", "{\"atomic\":true,\"transfers\":[" + transferBody(false) + "]}"));
        row("POST /api/v1/ledger/transfers/{id}/post", 401, 404, 200, 200,
                c -> c.client().post("/api/v1/ledger/transfers/" + pendingTransfer() + "/post", null));
        row("POST /api/v1/ledger/transfers/{id}/void", 401, 404, 200, 200,
                c -> c.client().post("/api/v1/ledger/transfers/" + pendingTransfer() + "/void", null));
        row("GET /api/v1/ledger/transfers/{id}", 401, 404, 200, 200, c -> c.client().get("/api/v1/ledger/transfers/" + pendingTransfer()));
        row("GET /api/v1/ledger/transfers", 401, 200, 200, 200, c -> c.client().get("/api/v1/ledger/transfers"));
        row("GET /api/v1/ledger/reconciliation", 401, 403, 403, 200, c -> c.client().get("/api/v1/ledger/reconciliation"));
        row("GET /api/v1/.well-known/jwks.json", 200, 200, 200, 200, c -> c.client().get("/api/v1/.well-known/jwks.json"));
        row("GET /.well-known/jwks.json", 200, 200, 200, 200, c -> c.client().get("/.well-known/jwks.json"));
    }

    private Caller memberCaller(String label) {
        String email = unique(label);
        String id = api.post("/api/v1/users", Api.userJson(email, "Member " + label)).text("id");
        return new Caller(label, anonymous.signedInAs(email, Api.PASSWORD), id, email);
    }

    private void row(String route, int anonymousStatus, int memberStatus, int ownStatus, int adminStatus,
                     Function<Caller, Api.Response> call) {
        matrix.put(route, new Row(anonymousStatus, memberStatus, ownStatus, adminStatus, call));
    }

    /** The API's routes from the router: "METHOD /template", HEAD left out (it follows GET). */
    private Set<String> apiRoutes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethod() + " " + template(route))
                .filter(route -> route.contains(" /api/") || route.contains(" /.well-known/"))
                .collect(Collectors.toSet());
    }

    private static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toPathString();
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        assertThat(AuthorizationMatrix.mismatches(apiRoutes(), matrix.keySet())).isEmpty();
    }

    @Test
    void everyCallerGetsTheStatusOfItsRowOnEveryRoute() {
        List<String> wrong = new ArrayList<>();
        matrix.forEach((route, row) -> {
            for (Caller caller : List.of(anonymousCaller, member, own, admin)) {
                int expected = caller == anonymousCaller ? row.anonymous() : caller == member ? row.member()
                        : caller == own ? row.own() : row.admin();
                Api.Response response = row.call().apply(caller);
                if (response.status() != expected) {
                    wrong.add(route + " as " + caller.name() + ": expected " + expected + ", got " + response);
                }
                if (response.status() == 401) {
                    assertThat(response.header("WWW-Authenticate")).as(route).startsWith("Bearer");
                }
                if (response.status() >= 400) {
                    assertThat(response.header("Content-Type")).as(route).startsWith("application/problem+json");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCheckFailsForARouteWithoutARowAndForARowWithoutARoute() {
        Set<String> rows = Set.of("GET /api/v1/users", "GET /api/v1/gone");

        assertThat(AuthorizationMatrix.mismatches(Set.of("GET /api/v1/users", "POST /api/v1/projects"), rows))
                .containsExactly("route without a matrix row: POST /api/v1/projects",
                        "matrix row without a route: GET /api/v1/gone");
        assertThat(AuthorizationMatrix.mismatches(apiRoutes(), Set.copyOf(new ArrayList<>(matrix.keySet()).subList(1, matrix.size()))))
                .as("the real route table with one row left out").hasSize(1);
    }
}
