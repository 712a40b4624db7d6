package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ProjectLifecycleApiTest extends EndToEndTest {

    private int counter;
    private Api owner;
    private String ownerEmail;
    private String id;

    private String path() {
        return "/api/v1/projects/" + id;
    }

    private Api withRole(String role) {
        String email = role.toLowerCase() + "-" + run + "-" + (counter++) + "@example.com";
        Api client = api.newMember(email);
        String userId = client.get("/api/v1/me").text("id");
        assertThat(owner.send("PUT", path() + "/members/" + userId, Api.JSON, "{\"role\":\"" + role + "\"}").status()).isEqualTo(200);
        return client;
    }

    @BeforeEach
    void project() {
        ownerEmail = "owner-" + run + "-" + (counter++) + "@example.com";
        owner = api.newMember(ownerEmail);
        id = owner.post("/api/v1/projects", "{\"name\":\"Life " + run + "\",\"description\":\"Text\"}").text("id");
    }

    @Test
    void aMergePatchChangesOnlyTheGivenFieldsUnderIfMatch() {
        Api.Response renamed = owner.send("PATCH", path(), Api.MERGE_PATCH,
                "{\"name\":\"Renamed " + run + "\",\"slug\":\"renamed-" + run + "\"}", "If-Match", "\"0\"");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
        assertThat(renamed.text("name")).isEqualTo("Renamed " + run);
        assertThat(renamed.text("slug")).isEqualTo("renamed-" + run);
        assertThat(renamed.text("description")).isEqualTo("Text");
        assertProblem(owner.patch(path(), "{\"name\":\"Stale\"}", "If-Match", "\"0\""), 412, "precondition-failed");

        Api.Response cleared = owner.patch(path(), "{\"description\":null}");
        assertThat(cleared.body()).contains("\"description\":null").doesNotContain("deletedAt");
        assertThat(cleared.json().get("version").getIntValue()).isEqualTo(2);
        // No change, no write: the version stays.
        assertThat(owner.patch(path(), "{\"name\":\"Renamed " + run + "\"}").json().get("version").getIntValue()).isEqualTo(2);
    }

    @Test
    void invalidPatchesAre400AndATakenSlugIs409() {
        String other = owner.post("/api/v1/projects", "{\"name\":\"Other\",\"slug\":\"other-" + run + "\"}").text("slug");

        Api.Response invalid = owner.patch(path(), "{\"name\":\"  \",\"slug\":\"NO\"}");
        assertProblem(invalid, 400, "validation");
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("name", "slug");
        assertProblem(owner.patch(path(), "{\"ownerId\":\"x\"}"), 400, "validation");
        assertThat(errorFields(assertProblem(owner.patch(path(), "{\"slug\":null}"), 400, "validation"))).containsExactly("slug");
        assertProblem(owner.patch(path(), "{\"slug\":\"" + other + "\"}"), 409, "slug-taken");
        assertThat(owner.get(path()).json().get("version").getIntValue()).isZero();
    }

    @Test
    void adminsEditButOnlyTheOwnerDeletesAndRestores() {
        Api admin = withRole("ADMIN");
        Api member = withRole("MEMBER");

        assertProblem(member.patch(path(), "{\"name\":\"By member\"}"), 403, "forbidden");
        assertThat(admin.patch(path(), "{\"name\":\"By admin\"}").status()).isEqualTo(200);
        assertProblem(admin.delete(path()), 403, "forbidden");
        assertProblem(member.delete(path()), 403, "forbidden");
        assertProblem(api.delete(path()), 404, "not-found");
        assertProblem(owner.delete(path(), "If-Match", "\"0\""), 412, "precondition-failed");

        assertThat(owner.delete(path()).status()).isEqualTo(204);

        assertProblem(owner.get(path()), 404, "not-found");
        assertProblem(admin.get(path()), 404, "not-found");
        assertProblem(owner.patch(path(), "{\"name\":\"Gone\"}"), 404, "not-found");
        assertProblem(owner.delete(path()), 404, "not-found");
        // To anyone but the owner a deleted project is gone: even restoring it is a 404, not a 403.
        assertProblem(admin.post(path() + "/restore", null), 404, "not-found");

        Api.Response restored = owner.post(path() + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("deletedAt")).isNull();
        assertThat(admin.get(path()).status()).isEqualTo(200);
        // Restoring a live project changes nothing.
        assertThat(owner.post(path() + "/restore", null).header("ETag")).isEqualTo(restored.header("ETag"));
    }

    @Test
    void aDeletedProjectFreesItsSlugAndCannotComeBackWhileAnotherHasIt() {
        String slug = owner.get(path()).text("slug");
        assertThat(owner.delete(path()).status()).isEqualTo(204);

        assertThat(owner.post("/api/v1/projects", "{\"name\":\"Heir\",\"slug\":\"" + slug + "\"}").status()).isEqualTo(201);

        assertProblem(owner.post(path() + "/restore", null), 409, "slug-taken");
    }

    @Test
    void aPermanentDeleteRemovesTheProjectAndEverythingInIt() throws Exception {
        withRole("VIEWER");
        assertThat(rows("SELECT count(*) FROM board_column c JOIN board b ON b.id = c.board_id WHERE b.project_id = ?::uuid")).isEqualTo(3);

        assertThat(owner.delete(path() + "?permanent=true").status()).isEqualTo(204);

        assertThat(rows("SELECT count(*) FROM project WHERE id = ?::uuid")).isZero();
        assertThat(rows("SELECT count(*) FROM project_member WHERE project_id = ?::uuid")).isZero();
        assertThat(rows("SELECT count(*) FROM board WHERE project_id = ?::uuid")).isZero();
        assertThat(rows("SELECT count(*) FROM board_column c WHERE NOT EXISTS (SELECT 1 FROM board b WHERE b.id = c.board_id)")).isZero();
        assertProblem(owner.post(path() + "/restore", null), 404, "not-found");
    }

    @Test
    void aSoftDeletedProjectCanStillBeDeletedForGoodByItsOwner() throws Exception {
        assertThat(owner.delete(path()).status()).isEqualTo(204);

        assertThat(owner.delete(path() + "?permanent=true").status()).isEqualTo(204);

        assertThat(rows("SELECT count(*) FROM project WHERE id = ?::uuid")).isZero();
    }

    private long rows(String sql) throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setString(1, id);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
