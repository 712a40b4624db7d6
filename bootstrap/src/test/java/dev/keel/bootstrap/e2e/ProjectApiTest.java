package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ProjectApiTest extends EndToEndTest {

    private int counter;

    private Api member(String label) {
        return api.newMember(label + "-" + run + "-" + (counter++) + "@example.com");
    }

    private static String projectJson(String name) {
        return "{\"name\":\"" + name + "\"}";
    }

    @Test
    void createMakesTheCallerOwnerAndBuildsTheStandardBoard() throws Exception {
        Api owner = member("owner");
        String ownerId = owner.get("/api/v1/me").text("id");

        Api.Response created = owner.post("/api/v1/projects",
                "{\"name\":\"  Apollo " + run + " \",\"description\":\"Moon\\nshot\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/projects/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.text("name")).isEqualTo("Apollo " + run);
        assertThat(created.text("slug")).isEqualTo("apollo-" + run);
        assertThat(created.text("description")).isEqualTo("Moon\nshot");
        assertThat(created.text("ownerId")).isEqualTo(ownerId);
        assertThat(created.json().get("openTaskCount").getIntValue()).isZero();
        assertThat(created.json().get("doneTaskCount").getIntValue()).isZero();
        assertThat(created.json().get("version").getIntValue()).isZero();
        assertThat(created.json().get("deletedAt")).isNull();
        assertThat(created.text("createdAt")).isEqualTo(created.text("updatedAt")).matches(".*\\.\\d{6}Z");
        assertThat(columnsOf(id)).containsExactly("To Do:false", "In Progress:false", "Done:true");
        assertThat(rolesOf(id)).containsExactly(ownerId + ":OWNER");

        Api.Response read = owner.get("/api/v1/projects/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void aProjectIsInvisibleToWhoeverIsNotAMember() {
        Api owner = member("owner");
        String id = owner.post("/api/v1/projects", projectJson("Hidden " + run)).text("id");

        assertProblem(member("stranger").get("/api/v1/projects/" + id), 404, "not-found");
        // Not even a system administrator sees into a project they are not a member of.
        assertProblem(api.get("/api/v1/projects/" + id), 404, "not-found");
        assertProblem(owner.get("/api/v1/projects/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(owner.get("/api/v1/projects/not-a-uuid"), 400, "validation");
    }

    @Test
    void invalidFieldsAreReportedTogetherAndCreateNothing() {
        Api owner = member("owner");

        Api.Response refused = owner.post("/api/v1/projects",
                "{\"name\":\"   \",\"slug\":\"Bad Slug\",\"description\":\"" + "x".repeat(2001) + "\"}");

        assertProblem(refused, 400, "validation");
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("name", "slug", "description");
        assertProblem(owner.post("/api/v1/projects", "{\"name\":\"X\",\"colour\":\"red\"}"), 400, "validation");
        assertProblem(owner.post("/api/v1/projects", "{\"slug\":\"abc\"}"), 400, "validation");
        assertProblem(owner.post("/api/v1/projects", "{\"name\":\"X\",\"slug\":\"ab\"}"), 400, "validation");
        assertProblem(owner.post("/api/v1/projects", "[1]"), 400, "malformed-request");
    }

    @Test
    void aTakenDerivedSlugGetsTheNextSuffixAndATakenExplicitSlugIsAConflict() {
        Api owner = member("owner");
        String name = "Gemini " + run;

        assertThat(owner.post("/api/v1/projects", projectJson(name)).text("slug")).isEqualTo("gemini-" + run);
        assertThat(owner.post("/api/v1/projects", projectJson(name)).text("slug")).isEqualTo("gemini-" + run + "-2");
        assertThat(member("other").post("/api/v1/projects", projectJson(name)).text("slug")).isEqualTo("gemini-" + run + "-3");

        assertProblem(owner.post("/api/v1/projects", "{\"name\":\"Other\",\"slug\":\"gemini-" + run + "-2\"}"), 409, "slug-taken");
        assertThat(owner.post("/api/v1/projects", "{\"name\":\"Other\",\"slug\":\"explicit-" + run + "\"}").text("slug"))
                .isEqualTo("explicit-" + run);
    }

    @Test
    void concurrentCreatesDerivingTheSameSlugAllSucceedWithDistinctSlugs() throws Exception {
        int clients = 24;
        List<Api> owners = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            owners.add(member("racer"));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (Api owner : owners) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return owner.post("/api/v1/projects", projectJson("Race " + run));
                }));
            }
            start.countDown();
            Set<String> slugs = new HashSet<>();
            for (Future<Api.Response> reply : replies) {
                Api.Response response = reply.get();
                assertThat(response.status()).as("%s", response).isEqualTo(201);
                slugs.add(response.text("slug"));
            }
            assertThat(slugs).hasSize(clients).contains("race-" + run, "race-" + run + "-" + clients);
        }
    }

    @Test
    void whenALaterInsertFailsNothingOfTheProjectRemains() throws Exception {
        Api owner = member("owner");
        String name = "Doomed " + run;
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE OR REPLACE FUNCTION test_fail_board_column() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.name = 'Done' AND EXISTS (SELECT 1 FROM board b JOIN project p ON p.id = b.project_id
                                                          WHERE b.id = NEW.board_id AND p.name = '%s') THEN
                            RAISE EXCEPTION 'test failure';
                        END IF;
                        RETURN NEW;
                    END $$""".formatted(name));
            ddl.execute("""
                    CREATE TRIGGER test_fail_board_column BEFORE INSERT ON board_column
                    FOR EACH ROW EXECUTE FUNCTION test_fail_board_column()""");
        }
        try {
            Api.Response failed = owner.post("/api/v1/projects", projectJson(name));
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.body()).doesNotContain("test failure", "SQL");
        } finally {
            try (Connection connection = TestDatabaseSession.database().connect();
                 Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TRIGGER IF EXISTS test_fail_board_column ON board_column");
                ddl.execute("DROP FUNCTION IF EXISTS test_fail_board_column()");
            }
        }
        assertThat(count("SELECT count(*) FROM project WHERE name = ?", name)).isZero();
        assertThat(count("""
                SELECT count(*) FROM board_column c JOIN board b ON b.id = c.board_id
                 WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.id = b.project_id)""", null)).isZero();

        // The slug was not left taken by the rolled-back attempt.
        assertThat(owner.post("/api/v1/projects", projectJson(name)).text("slug")).isEqualTo("doomed-" + run);
    }

    @Test
    void anIdempotencyKeyReplaysTheCreateInsteadOfMakingASecondProject() throws Exception {
        Api owner = member("owner");
        String body = projectJson("Idem " + run);

        Api.Response first = owner.post("/api/v1/projects", body, "Idempotency-Key", "p-" + run);
        Api.Response second = owner.post("/api/v1/projects", body, "Idempotency-Key", "p-" + run);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(count("SELECT count(*) FROM project WHERE name = ?", "Idem " + run)).isEqualTo(1);
        assertProblem(owner.post("/api/v1/projects", projectJson("Other " + run), "Idempotency-Key", "p-" + run),
                422, "business-rule");
    }

    private static List<String> columnsOf(String projectId) throws Exception {
        return strings("""
                SELECT c.name || ':' || c.is_done FROM board_column c JOIN board b ON b.id = c.board_id
                 WHERE b.project_id = ?::uuid ORDER BY c.position""", projectId);
    }

    private static List<String> rolesOf(String projectId) throws Exception {
        return strings("SELECT app_user_id || ':' || role FROM project_member WHERE project_id = ?::uuid ORDER BY app_user_id", projectId);
    }

    private static List<String> strings(String sql, String parameter) throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
