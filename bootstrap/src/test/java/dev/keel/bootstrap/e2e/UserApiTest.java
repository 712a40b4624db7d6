package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class UserApiTest extends EndToEndTest {


    private String email(String label) {
        return label + "-" + run + "@example.com";
    }

    private Api.Response create(String label) {
        Api.Response created = api.post("/api/v1/users", Api.userJson(email(label), "User " + label));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created;
    }

    @Test
    void createReturns201WithLocationETagAndTheUserButNeverThePassword() {
        Api.Response created = api.post("/api/v1/users",
                "{\"email\":\" Mixed.Case-" + run + "@Example.COM \",\"name\":\"  Ada Lovelace  \",\"password\":\"s3cret-password\",\"role\":\"ADMIN\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        assertThat(created.header("Location")).isEqualTo("/api/v1/users/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(created.text("email")).isEqualTo("mixed.case-" + run + "@example.com");
        assertThat(created.text("name")).isEqualTo("Ada Lovelace");
        assertThat(created.text("role")).isEqualTo("ADMIN");
        assertThat(created.text("status")).isEqualTo("ACTIVE");
        assertThat(created.text("version")).isEqualTo("0");
        assertThat(created.text("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(created.text("updatedAt")).isEqualTo(created.text("createdAt"));
        assertThat(created.json().get("deletedAt")).isNull();
        assertThat(created.body()).doesNotContain("password", "s3cret", "argon2");
    }

    @Test
    void getReturnsTheUserWithETagAnd404ForUnknownIds() {
        String id = create("get").text("id");

        Api.Response found = api.get("/api/v1/users/" + id);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.header("ETag")).isEqualTo("\"0\"");
        assertThat(found.text("email")).isEqualTo(email("get"));

        assertProblem(api.get("/api/v1/users/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void invalidUuidInPathIs400NamingTheParameter() {
        Api.Response response = assertProblem(api.get("/api/v1/users/not-a-uuid"), 400, "validation");
        assertThat(errorFields(response)).containsExactly("id");
    }

    @Test
    void duplicateEmailOfLiveUserIs409WhateverTheCase() {
        create("dup");
        Api.Response again = api.post("/api/v1/users", Api.userJson(email("dup").toUpperCase(), "Other"));
        assertProblem(again, 409, "conflict");
    }

    @Test
    void invalidFieldsAreAllReportedAt400() {
        Api.Response response = api.post("/api/v1/users",
                "{\"email\":\"not-an-email\",\"name\":\"   \",\"password\":\"short\",\"role\":\"OWNER\"}");
        assertProblem(response, 400, "validation");
        assertThat(errorFields(response)).containsExactlyInAnyOrder("email", "name", "password", "role");
    }

    @Test
    void missingRequiredFieldsAre400() {
        Api.Response response = assertProblem(api.post("/api/v1/users", "{}"), 400, "validation");
        assertThat(errorFields(response)).containsExactlyInAnyOrder("email", "name", "password");
    }

    @Test
    void malformedJsonIs400MalformedRequest() {
        assertProblem(api.post("/api/v1/users", "{\"email\": "), 400, "malformed-request");
        assertProblem(api.post("/api/v1/users", "[1,2]"), 400, "malformed-request");
        assertProblem(api.post("/api/v1/users", ""), 400, "malformed-request");
    }

    @Test
    void wrongJsonTypesAndUnknownFieldsAre400() {
        Api.Response response = api.post("/api/v1/users",
                "{\"email\":42,\"name\":[\"a\"],\"password\":\"s3cret-password\",\"nickname\":\"x\"}");
        assertProblem(response, 400, "validation");
        assertThat(errorFields(response)).containsExactlyInAnyOrder("email", "name", "nickname");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        Api.Response response = api.send("POST", "/api/v1/users", "text/plain", Api.userJson(email("media"), "M"));
        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void oversizedBodyIs413AndUnproducibleAcceptIs406() {
        String huge = "{\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        assertProblem(api.post("/api/v1/users", huge), 413, "payload-too-large");
        assertProblem(api.get("/api/v1/users", "Accept", "application/xml"), 406, "not-acceptable");
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatRevealsNothing() {
        Api.Response response = assertProblem(api.get("/test/failure"), 500, "internal");
        assertThat(response.body()).doesNotContain(FailureProbeController.SECRET, "IllegalState", "bug while");
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405() {
        assertProblem(api.get("/api/v1/nothing-here"), 404, "not-found");
        Api.Response wrongMethod = api.send("PUT", "/api/v1/users", Api.JSON, "{}");
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertThat(wrongMethod.header("Allow")).contains("GET", "POST");
    }

    @Test
    void patchChangesOnlyGivenFieldsAndAdvancesVersion() {
        Api.Response created = create("patch");
        String id = created.text("id");

        Api.Response patched = api.patch("/api/v1/users/" + id, "{\"name\":\"New Name\",\"status\":\"SUSPENDED\"}",
                "If-Match", "\"0\"");

        assertThat(patched.status()).as("%s", patched).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        assertThat(patched.text("name")).isEqualTo("New Name");
        assertThat(patched.text("status")).isEqualTo("SUSPENDED");
        assertThat(patched.text("email")).isEqualTo(created.text("email"));
        assertThat(patched.text("role")).isEqualTo("MEMBER");
        assertThat(patched.text("version")).isEqualTo("1");
        assertThat(patched.text("updatedAt")).isGreaterThan(created.text("updatedAt"));
        assertThat(api.get("/api/v1/users/" + id).text("name")).isEqualTo("New Name");
    }

    @Test
    void patchThatChangesNothingKeepsVersionAndUpdatedAt() {
        Api.Response created = create("noop");
        String id = created.text("id");

        // The user themselves: only they change their password, and only with the current one.
        Api.Response same = anonymous.signedInAs(email("noop"), Api.PASSWORD).patch("/api/v1/users/" + id,
                "{\"name\":\"User noop\",\"email\":\"" + email("noop").toUpperCase()
                        + "\",\"password\":\"s3cret-password\",\"currentPassword\":\"s3cret-password\"}");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.text("version")).isEqualTo("0");
        assertThat(same.text("updatedAt")).isEqualTo(created.text("updatedAt"));
        assertThat(same.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void patchAcceptsPlainJsonToo() {
        String id = create("plainjson").text("id");
        Api.Response patched = api.send("PATCH", "/api/v1/users/" + id, Api.JSON, "{\"role\":\"ADMIN\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.text("role")).isEqualTo("ADMIN");
    }

    @Test
    void patchWithStaleIfMatchIs412AndChangesNothing() {
        String id = create("stale").text("id");
        api.patch("/api/v1/users/" + id, "{\"name\":\"First\"}", "If-Match", "\"0\"");

        assertProblem(api.patch("/api/v1/users/" + id, "{\"name\":\"Second\"}", "If-Match", "\"0\""), 412,
                "precondition-failed");
        assertProblem(api.patch("/api/v1/users/" + id, "{\"name\":\"Second\"}", "If-Match", "garbage"), 412,
                "precondition-failed");
        assertThat(api.get("/api/v1/users/" + id).text("name")).isEqualTo("First");
    }

    @Test
    void patchRefusesNullsUnknownFieldsAndBadValues() {
        String id = create("badpatch").text("id");

        Api.Response nulls = assertProblem(api.patch("/api/v1/users/" + id, "{\"name\":null,\"email\":null}"), 400,
                "validation");
        assertThat(errorFields(nulls)).containsExactlyInAnyOrder("name", "email");
        Api.Response unknown = assertProblem(api.patch("/api/v1/users/" + id, "{\"version\":\"7\"}"), 400, "validation");
        assertThat(errorFields(unknown)).containsExactly("version");
        Api.Response invalid = assertProblem(api.patch("/api/v1/users/" + id, "{\"status\":\"GONE\"}"), 400, "validation");
        assertThat(errorFields(invalid)).containsExactly("status");
        assertProblem(api.patch("/api/v1/users/" + id, "not json"), 400, "malformed-request");
        assertProblem(api.send("PATCH", "/api/v1/users/" + id, "text/plain", "{}"), 415, "unsupported-media-type");
        assertProblem(api.patch("/api/v1/users/" + UUID.randomUUID(), "{\"name\":\"x\"}"), 404, "not-found");
    }

    @Test
    void patchToEmailOfAnotherLiveUserIs409() {
        create("taken");
        String id = create("taker").text("id");
        assertProblem(api.patch("/api/v1/users/" + id, "{\"email\":\"" + email("taken") + "\"}"), 409, "conflict");
    }

    @Test
    void softDeleteHidesTheUserUntilRestored() {
        Api.Response created = create("softdel");
        String id = created.text("id");

        Api.Response deleted = api.delete("/api/v1/users/" + id, "If-Match", "\"0\"");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(api.get("/api/v1/users/" + id), 404, "not-found");
        assertProblem(api.delete("/api/v1/users/" + id), 404, "not-found");
        assertProblem(api.patch("/api/v1/users/" + id, "{\"name\":\"x\"}"), 404, "not-found");
        assertThat(api.get("/api/v1/users?q=softdel-" + run).itemIds()).isEmpty();
        Api.Response deletedList = api.get("/api/v1/users?deleted=only&q=softdel-" + run);
        assertThat(deletedList.itemIds()).containsExactly(id);
        assertThat(deletedList.items().getFirst().get("deletedAt").getStringValue()).endsWith("Z");

        Api.Response restored = api.post("/api/v1/users/" + id + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.header("ETag")).isEqualTo("\"2\"");
        assertThat(restored.json().get("deletedAt")).isNull();
        assertThat(api.get("/api/v1/users/" + id).status()).isEqualTo(200);
    }

    @Test
    void deleteWithStaleIfMatchIs412AndKeepsTheUser() {
        String id = create("staledel").text("id");
        assertProblem(api.delete("/api/v1/users/" + id, "If-Match", "\"5\""), 412, "precondition-failed");
        assertThat(api.get("/api/v1/users/" + id).status()).isEqualTo(200);
    }

    @Test
    void restoreIs409WhenALiveUserTookTheEmailMeanwhile() {
        String id = create("retaken").text("id");
        api.delete("/api/v1/users/" + id);
        create("retaken");

        assertProblem(api.post("/api/v1/users/" + id + "/restore", null), 409, "conflict");
        assertProblem(api.get("/api/v1/users/" + id), 404, "not-found");
    }

    @Test
    void restoreOfUnknownUserIs404AndOfLiveUserChangesNothing() {
        assertProblem(api.post("/api/v1/users/" + UUID.randomUUID() + "/restore", null), 404, "not-found");
        Api.Response created = create("live-restore");
        Api.Response restored = api.post("/api/v1/users/" + created.text("id") + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.text("version")).isEqualTo("0");
    }

    @Test
    void permanentDeleteRemovesTheRowEvenAfterSoftDelete() {
        String id = create("purge").text("id");
        api.delete("/api/v1/users/" + id);

        assertThat(api.delete("/api/v1/users/" + id + "?permanent=true").status()).isEqualTo(204);
        assertProblem(api.post("/api/v1/users/" + id + "/restore", null), 404, "not-found");
        assertThat(api.get("/api/v1/users?deleted=only&q=purge-" + run).itemIds()).isEmpty();
        assertProblem(api.delete("/api/v1/users/" + id + "?permanent=maybe"), 400, "validation");
    }

    @Test
    void everyResponseCarriesARequestIdAndEchoesASaneOne() {
        Api.Response generated = api.get("/api/v1/users/" + UUID.randomUUID());
        assertThat(generated.header("X-Request-Id")).isNotBlank();

        Api.Response echoed = api.get("/api/v1/users?limit=1", "X-Request-Id", "trace-abc.123");
        assertThat(echoed.header("X-Request-Id")).isEqualTo("trace-abc.123");

        Api.Response replaced = api.get("/api/v1/users?limit=1", "X-Request-Id", "bad id with spaces");
        assertThat(replaced.header("X-Request-Id")).isNotEqualTo("bad id with spaces").isNotBlank();
    }
}
