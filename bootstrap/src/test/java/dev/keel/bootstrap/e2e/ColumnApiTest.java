package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ColumnApiTest extends EndToEndTest {

    private Api owner;
    private String project;

    @BeforeEach
    void project() {
        owner = api.newMember("columns-" + run + "@example.com");
        project = owner.post("/api/v1/projects", "{\"name\":\"Columns " + run + "\"}").text("id");
    }

    private Api.Response create(String body) {
        return owner.post("/api/v1/projects/" + project + "/columns", body);
    }

    private List<String> board() {
        List<String> columns = new ArrayList<>();
        owner.get("/api/v1/projects/" + project + "/board").json().get("columns").values()
                .forEach(c -> columns.add(c.get("position").getIntValue() + ":" + c.get("name").getStringValue()));
        return columns;
    }

    private String task(String title, String column) {
        return owner.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"" + title + "\",\"columnId\":\"" + column + "\"}").text("id");
    }

    @Test
    void columnsAreAddedWhereAskedAndTheOthersShift() {
        Api.Response review = create("{\"name\":\" Review \",\"wipLimit\":3}");
        assertThat(review.status()).isEqualTo(201);
        assertThat(review.header("Location")).isEqualTo("/api/v1/columns/" + review.text("id"));
        assertThat(review.text("name")).isEqualTo("Review");
        assertThat(review.json().get("position").getIntValue()).isEqualTo(3);
        assertThat(review.json().get("wipLimit").getIntValue()).isEqualTo(3);
        assertThat(review.json().get("isDone").getBooleanValue()).isFalse();
        assertThat(review.text("projectId")).isEqualTo(project);

        assertThat(create("{\"name\":\"Backlog\",\"position\":0}").status()).isEqualTo(201);
        assertThat(create("{\"name\":\"Archive\",\"position\":99,\"isDone\":true}").json().get("position").getIntValue()).isEqualTo(5);
        assertThat(board()).containsExactly("0:Backlog", "1:To Do", "2:In Progress", "3:Done", "4:Review", "5:Archive");

        assertProblem(create("{\"name\":\"backlog\"}"), 409, "column-name-taken");
        Api.Response invalid = create("{\"name\":\" \",\"position\":-1,\"wipLimit\":0}");
        assertProblem(invalid, 400, "validation");
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("name", "position", "wipLimit");
        assertThat(board()).hasSize(6);
    }

    @Test
    void aPatchMovesRenamesLimitsAndFlagsAColumn() {
        List<String> columns = WorkDatabase.columnIds(project);
        String task = task("t", columns.get(1));

        Api.Response moved = owner.patch("/api/v1/columns/" + columns.get(2), "{\"position\":0,\"name\":\"Shipped\",\"wipLimit\":5}", "If-Match", "\"0\"");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.header("ETag")).isEqualTo("\"1\"");
        assertThat(board()).containsExactly("0:Shipped", "1:To Do", "2:In Progress");
        assertThat(owner.patch("/api/v1/columns/" + columns.get(2), "{\"wipLimit\":null}").json().get("wipLimit").isNull()).isTrue();
        assertProblem(owner.patch("/api/v1/columns/" + columns.get(2), "{\"name\":\"x\"}", "If-Match", "\"0\""), 412, "precondition-failed");
        assertProblem(owner.patch("/api/v1/columns/" + columns.get(2), "{\"name\":\"to do\"}"), 409, "column-name-taken");
        assertProblem(owner.patch("/api/v1/columns/" + columns.get(2), "{\"name\":null}"), 400, "validation");

        assertThat(owner.patch("/api/v1/columns/" + columns.get(1), "{\"isDone\":true}").status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/tasks/" + task).text("completedAt")).isNotNull();
        assertThat(owner.patch("/api/v1/columns/" + columns.get(1), "{\"isDone\":false}").status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/tasks/" + task).json().get("completedAt").isNull()).isTrue();
        assertThat(owner.patch("/api/v1/columns/" + columns.get(1), "{\"position\":7}").status()).isEqualTo(200);
        assertThat(board()).containsExactly("0:Shipped", "1:To Do", "2:In Progress");
    }

    @Test
    void aColumnWithTasksIsDeletedOnlyByMovingThemAndTheLastColumnStays() {
        List<String> columns = WorkDatabase.columnIds(project);
        String waiting = task("waiting", columns.get(2));
        String first = task("first", columns.get(0));
        String second = task("second", columns.get(0));

        assertProblem(owner.delete("/api/v1/columns/" + columns.get(0)), 409, "column-not-empty");
        assertProblem(owner.delete("/api/v1/columns/" + columns.get(0) + "?moveTasksTo=" + columns.get(0)), 422, "column-refused");
        assertProblem(owner.delete("/api/v1/columns/" + columns.get(0) + "?moveTasksTo=" + java.util.UUID.randomUUID()), 422, "column-refused");
        WorkDatabase.setWipLimit(columns.get(2), 2);
        assertProblem(owner.delete("/api/v1/columns/" + columns.get(0) + "?moveTasksTo=" + columns.get(2)), 422, "wip-limit-reached");
        WorkDatabase.setWipLimit(columns.get(2), 3);

        assertThat(owner.delete("/api/v1/columns/" + columns.get(0) + "?moveTasksTo=" + columns.get(2)).status()).isEqualTo(204);

        assertThat(WorkDatabase.taskOrder(columns.get(2))).containsExactly(waiting, first, second);
        assertThat(owner.get("/api/v1/tasks/" + first).text("completedAt")).isNotNull();
        assertThat(board()).containsExactly("0:In Progress", "1:Done");
        assertThat(owner.delete("/api/v1/columns/" + columns.get(1)).status()).isEqualTo(204);
        assertProblem(owner.delete("/api/v1/columns/" + columns.get(2)), 422, "column-refused");
        assertProblem(owner.delete("/api/v1/columns/" + columns.get(0)), 404, "not-found");
    }

    @Test
    void onlyAdminsAndTheOwnerManageColumns() {
        Api member = api.newMember("columns-member-" + run + "@example.com");
        Api stranger = api.newMember("columns-stranger-" + run + "@example.com");
        owner.send("PUT", "/api/v1/projects/" + project + "/members/" + member.get("/api/v1/me").text("id"), Api.JSON, "{\"role\":\"MEMBER\"}");
        String column = WorkDatabase.columnIds(project).get(0);

        assertProblem(member.post("/api/v1/projects/" + project + "/columns", "{\"name\":\"x\"}"), 403, "forbidden");
        assertProblem(member.patch("/api/v1/columns/" + column, "{\"name\":\"x\"}"), 403, "forbidden");
        assertProblem(member.delete("/api/v1/columns/" + column), 403, "forbidden");
        assertProblem(stranger.post("/api/v1/projects/" + project + "/columns", "{\"name\":\"x\"}"), 404, "not-found");
        assertProblem(stranger.patch("/api/v1/columns/" + column, "{\"name\":\"x\"}"), 404, "not-found");
    }

    @Test
    void concurrentColumnChangesKeepThePositionsContiguous() throws Exception {
        List<String> columns = WorkDatabase.columnIds(project);
        try (ExecutorService clients = Executors.newFixedThreadPool(10)) {
            List<Future<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                calls.add(clients.submit(() -> create("{\"name\":\"C" + n + "\",\"position\":" + (n % 4) + "}")));
                calls.add(clients.submit(() -> owner.patch("/api/v1/columns/" + columns.get(n % 3), "{\"position\":" + (n % 5) + "}")));
            }
            for (Future<Api.Response> call : calls) {
                assertThat(call.get().status()).as("%s", call.get()).isIn(200, 201);
            }
        }
        List<String> positions = board();
        assertThat(positions).hasSize(13);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).startsWith(i + ":");
        }
    }

    @Test
    void deletingEveryColumnAtOnceLeavesTheLastOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            project = owner.post("/api/v1/projects", "{\"name\":\"Emptied " + round + " " + run + "\"}").text("id");
            List<String> columns = WorkDatabase.columnIds(project);

            List<Api.Response> answers = AtOnce.send(columns.size(),
                    i -> owner.delete("/api/v1/columns/" + columns.get(i)));

            assertThat(AtOnce.statuses(answers)).as("%s", answers).containsOnly(204, 422).containsOnlyOnce(422);
            assertProblem(answers.stream().filter(answer -> answer.status() == 422).findFirst().orElseThrow(),
                    422, "column-refused");
            assertThat(board()).hasSize(1).allMatch(column -> column.startsWith("0:"));
            assertThat(owner.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"t\"}").status())
                    .isEqualTo(201);
        }
    }

    @Test
    void concurrentDeletesAndMovesKeepThePositionsContiguous() throws Exception {
        for (int round = 0; round < 4; round++) {
            project = owner.post("/api/v1/projects", "{\"name\":\"Shuffled " + round + " " + run + "\"}").text("id");
            for (int i = 0; i < 5; i++) {
                assertThat(create("{\"name\":\"x" + i + "\"}").status()).isEqualTo(201);
            }
            List<String> columns = WorkDatabase.columnIds(project);

            List<Api.Response> answers = AtOnce.send(columns.size(), i -> i % 2 == 0
                    ? owner.delete("/api/v1/columns/" + columns.get(i))
                    : owner.patch("/api/v1/columns/" + columns.get(i), "{\"position\":7}"));

            assertThat(AtOnce.statuses(answers)).as("%s", answers).containsOnly(200, 204);
            assertThat(board()).as("round %d", round).hasSize(4)
                    .satisfies(positions -> assertThat(positions.stream().map(p -> p.substring(0, 2)))
                            .containsExactly("0:", "1:", "2:", "3:"));
        }
    }
}
