package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes of one resource sent at the same moment. With {@code If-Match} exactly one wins and every other answers
 * 412, also those that read the resource before the winner wrote it; without, each change applies to the resource as
 * the others left it, so none is lost. Moves of one task wait for each other and all apply. A label deleted, or a
 * member removed, while tasks take them on leaves no task with the label or the removed member, and no 500.
 */
@MicronautTest
class ConcurrentChangesTest extends EndToEndTest {

    private static final int AT_ONCE = 16;

    /** Sends {@code AT_ONCE} requests released together; their answers in the order of their index. */
    private static List<Api.Response> atOnce(IntFunction<Api.Response> request) throws Exception {
        return AtOnce.send(AT_ONCE, request);
    }

    private static List<Api.Response> atOnce(int count, IntFunction<Api.Response> request) throws Exception {
        return AtOnce.send(count, request);
    }

    private static List<Integer> statuses(List<Api.Response> responses) {
        return AtOnce.statuses(responses);
    }

    @Test
    void changesOnTheSameVersionLeaveOneWinnerAndPreconditionFailuresForTheRest() throws Exception {
        String user = api.post("/api/v1/users", Api.userJson("raced-" + run + "@example.com", "Raced")).text("id");
        String project = api.post("/api/v1/projects", "{\"name\":\"Raced " + run + "\"}").text("id");
        String task = api.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"Raced\"}").text("id");

        for (String resource : List.of("/api/v1/users/" + user, "/api/v1/tasks/" + task)) {
            String field = resource.contains("users") ? "name" : "title";
            List<Api.Response> answers = atOnce(i -> api.send("PATCH", resource, Api.MERGE_PATCH,
                    "{\"" + field + "\":\"Change " + i + "\"}", "If-Match", "\"0\""));

            assertThat(statuses(answers)).as(resource).containsOnly(200, 412).containsOnlyOnce(200);
            Api.Response winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
            assertThat(api.get(resource).text(field)).isEqualTo(winner.text(field));
            assertThat(api.get(resource).json().get("version").getLongValue()).isEqualTo(1);
        }
    }

    @Test
    void changesWithoutAPreconditionAllApply() throws Exception {
        String project = api.post("/api/v1/projects", "{\"name\":\"Merged " + run + "\"}").text("id");
        String document = api.post("/api/v1/projects/" + project + "/documents", "{\"title\":\"Merged\",\"metadata\":{}}").text("id");

        // Three times the production pool: with three attempts a few of them kept colliding (409), with eight one did
        // once.
        List<Api.Response> answers = atOnce(3 * AT_ONCE, i -> api.send("PATCH", "/api/v1/documents/" + document,
                Api.MERGE_PATCH, "{\"metadata\":{\"k" + i + "\":" + i + "}}"));

        assertThat(statuses(answers)).containsOnly(200);
        JsonNode metadata = api.get("/api/v1/documents/" + document).json().get("metadata");
        for (int i = 0; i < answers.size(); i++) {
            assertThat(metadata.get("k" + i)).as("k%d", i).isNotNull();
        }
        assertThat(api.get("/api/v1/documents/" + document).json().get("version").getLongValue()).isEqualTo(answers.size());
    }

    @Test
    void movesOfOneTaskSentAtOnceAllApplyOneAfterTheOther() throws Exception {
        String project = api.post("/api/v1/projects", "{\"name\":\"Moved " + run + "\"}").text("id");
        String task = api.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"Moved\"}").text("id");
        List<String> columns = WorkDatabase.columnIds(project);

        // Three times the production pool: without the queue most of them timed out waiting for the columns the others
        // held.
        List<Api.Response> answers = atOnce(3 * AT_ONCE, i -> api.post("/api/v1/tasks/" + task + "/move",
                "{\"columnId\":\"" + columns.get(i % columns.size()) + "\"}"));

        assertThat(statuses(answers)).containsOnly(200);
        String column = api.get("/api/v1/tasks/" + task).text("columnId");
        assertThat(answers).extracting(answer -> answer.text("columnId")).contains(column);
        assertThat(api.get("/api/v1/projects/" + project + "/board").json().get("columns").values())
                .extracting(board -> board.get("taskCount").getIntValue()).containsExactlyInAnyOrder(
                        columns.stream().map(id -> id.equals(column) ? 1 : 0).toArray(Integer[]::new));
    }

    @Test
    void columnChangesOnTheSameVersionLeaveOneWinnerAndPreconditionFailuresForTheRest() throws Exception {
        String project = api.post("/api/v1/projects", "{\"name\":\"Raced columns " + run + "\"}").text("id");
        String column = WorkDatabase.columnIds(project).getFirst();

        for (int version = 0; version < 5; version++) {
            String expected = "\"" + version + "\"";
            String round = "Change " + version + ".";
            List<Api.Response> answers = atOnce(20, i -> api.send("PATCH", "/api/v1/columns/" + column, Api.MERGE_PATCH,
                    "{\"name\":\"" + round + i + "\"}", "If-Match", expected));

            assertThat(statuses(answers)).as("If-Match %s", expected).containsOnly(200, 412).containsOnlyOnce(200);
            Api.Response winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
            assertThat(winner.json().get("version").getLongValue()).isEqualTo(version + 1);
            JsonNode first = api.get("/api/v1/projects/" + project + "/board").json().get("columns").values()
                    .iterator().next();
            assertThat(first.get("name").getStringValue()).isEqualTo(winner.text("name"));
        }
    }

    @Test
    void aLabelDeletedWhileTasksTakeItOnIsOnNoTaskAfterwards() throws Exception {
        String project = api.post("/api/v1/projects", "{\"name\":\"Label race " + run + "\"}").text("id");
        List<String> tasks = tasks(project, 29);

        for (int round = 0; round < 3; round++) {
            String label = api.post("/api/v1/projects/" + project + "/labels",
                    "{\"name\":\"racy " + round + "\",\"color\":\"#aaaaaa\"}").text("id");
            List<Api.Response> answers = atOnce(30, i -> i == 10 ? api.delete("/api/v1/labels/" + label)
                    : api.send("PUT", "/api/v1/tasks/" + tasks.get(i < 10 ? i : i - 1) + "/labels/" + label,
                            null, null));

            assertThat(answers.get(10).status()).as("%s", answers.get(10)).isEqualTo(204);
            for (Api.Response answer : answers) {
                assertThat(answer.status()).as("%s", answer).isIn(204, 422);
                if (answer.status() == 422) {
                    assertThat(answer.text("type")).isEqualTo("urn:keel:problem:task-refused");
                }
            }
            for (String task : tasks) {
                assertThat(WorkDatabase.labelAddedBy(task, label)).as(task).isNull();
            }
        }
    }

    @Test
    void aMemberRemovedWhileTasksAreAssignedToThemKeepsNoOpenTask() throws Exception {
        String project = api.post("/api/v1/projects", "{\"name\":\"Member race " + run + "\"}").text("id");
        List<String> tasks = tasks(project, 29);
        TestUser admin = new TestUser(api, api.get("/api/v1/me").text("id"));
        TestUser bob = signedInUser("bob");

        for (int round = 0; round < 3; round++) {
            addToProject(admin, project, bob, "MEMBER");
            List<Api.Response> answers = atOnce(30, i -> i == 10
                    ? api.delete("/api/v1/projects/" + project + "/members/" + bob.id())
                    : api.patch("/api/v1/tasks/" + tasks.get(i < 10 ? i : i - 1),
                            "{\"assigneeId\":\"" + bob.id() + "\"}"));

            assertThat(answers.get(10).status()).as("%s", answers.get(10)).isEqualTo(204);
            for (Api.Response answer : answers) {
                assertThat(answer.status()).as("%s", answer).isIn(200, 204, 422);
            }
            assertThat(api.get("/api/v1/projects/" + project + "/tasks?limit=100&assigneeId=" + bob.id()).items())
                    .as("round %d", round).isEmpty();
        }
    }

    /** {@code count} new tasks of the project, in its first column. */
    private List<String> tasks(String project, int count) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("{\"title\":\"t").append(i).append("\"}");
        }
        Api.Response created = api.post("/api/v1/projects/" + project + "/tasks/batch", "{\"items\":[" + items + "]}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        List<String> ids = new java.util.ArrayList<>();
        created.json().get("items").values().forEach(task -> ids.add(task.get("id").getStringValue()));
        return ids;
    }
}
