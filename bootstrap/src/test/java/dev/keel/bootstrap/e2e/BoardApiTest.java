package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class BoardApiTest extends EndToEndTest {

    @Test
    void theBoardShowsEveryColumnWithItsCountAndFirstTasksAndEachColumnContinuesToItsEnd() {
        Api owner = api.newMember("board-" + run + "@example.com");
        String ownerId = owner.get("/api/v1/me").text("id");
        String project = owner.post("/api/v1/projects", "{\"name\":\"Board " + run + "\"}").text("id");
        List<String> columns = WorkDatabase.columnIds(project);
        String blue = WorkDatabase.label(project, "blue", "#0000ff");
        String amber = WorkDatabase.label(project, "Amber", "#ffbf00");
        WorkDatabase.seedTasks(project, columns.get(0), 45, "todo", ownerId, List.of(blue, amber));
        WorkDatabase.seedTasks(project, columns.get(2), 3, "done", null, List.of());
        String deleted = owner.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"gone\",\"columnId\":\"" + columns.get(2) + "\"}").text("id");
        owner.delete("/api/v1/tasks/" + deleted);

        Api.Response board = owner.get("/api/v1/projects/" + project + "/board?tasksPerColumn=20");

        assertThat(board.status()).isEqualTo(200);
        assertThat(board.text("projectId")).isEqualTo(project);
        List<JsonNode> shown = new ArrayList<>();
        board.json().get("columns").values().forEach(shown::add);
        assertThat(shown).extracting(column -> column.get("name").getStringValue()).containsExactly("To Do", "In Progress", "Done");
        assertThat(shown).extracting(column -> column.get("position").getIntValue()).containsExactly(0, 1, 2);
        assertThat(shown).extracting(column -> column.get("isDone").getBooleanValue()).containsExactly(false, false, true);
        assertThat(shown).extracting(column -> column.get("taskCount").getLongValue()).containsExactly(45L, 0L, 3L);
        assertThat(shown.get(1).get("nextCursor").isNull()).isTrue();
        assertThat(shown.get(2).get("nextCursor").isNull()).isTrue();
        assertThat(titles(shown.get(2).get("tasks"))).containsExactly("done-1", "done-2", "done-3");
        JsonNode first = shown.get(0).get("tasks").values().iterator().next();
        assertThat(first.get("title").getStringValue()).isEqualTo("todo-1");
        assertThat(first.get("priority").getStringValue()).isEqualTo("MEDIUM");
        assertThat(first.get("assignee").get("id").getStringValue()).isEqualTo(ownerId);
        assertThat(first.get("assignee").get("name").getStringValue()).isEqualTo("Member");
        List<String> labelNames = new ArrayList<>();
        first.get("labels").values().forEach(label -> labelNames.add(label.get("name").getStringValue()));
        assertThat(labelNames).containsExactly("Amber", "blue");

        // The column continues from the board's cursor, slice by slice, each task exactly once, in board order.
        List<String> walked = new ArrayList<>(titles(shown.get(0).get("tasks")));
        String cursor = shown.get(0).get("nextCursor").getStringValue();
        while (cursor != null) {
            Api.Response slice = owner.get("/api/v1/columns/" + columns.get(0) + "/tasks?limit=10&cursor=" + cursor);
            assertThat(slice.status()).isEqualTo(200);
            walked.addAll(titles(slice.json().get("items")));
            cursor = slice.text("nextCursor");
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            expected.add("todo-" + i);
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(titles(owner.get("/api/v1/columns/" + columns.get(0) + "/tasks?limit=100").json().get("items")))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void badParametersForeignCursorsAndOutsidersAreRefused() {
        Api owner = api.newMember("board-refusals-" + run + "@example.com");
        String project = owner.post("/api/v1/projects", "{\"name\":\"Refusals " + run + "\"}").text("id");
        List<String> columns = WorkDatabase.columnIds(project);
        WorkDatabase.seedTasks(project, columns.get(0), 3, "t", null, List.of());
        String cursor = owner.get("/api/v1/projects/" + project + "/board?tasksPerColumn=1").json()
                .get("columns").values().iterator().next().get("nextCursor").getStringValue();
        Api stranger = api.newMember("board-stranger-" + run + "@example.com");

        assertProblem(owner.get("/api/v1/projects/" + project + "/board?tasksPerColumn=0"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects/" + project + "/board?tasksPerColumn=101"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects/" + project + "/board?tasks=5"), 400, "validation");
        assertProblem(owner.get("/api/v1/columns/" + columns.get(1) + "/tasks?cursor=" + cursor), 400, "validation");
        assertProblem(owner.get("/api/v1/columns/" + columns.get(0) + "/tasks?cursor=" + cursor + "x"), 400, "validation");
        assertProblem(owner.get("/api/v1/columns/" + columns.get(0) + "/tasks?limit=0"), 400, "validation");
        assertProblem(stranger.get("/api/v1/projects/" + project + "/board"), 404, "not-found");
        assertProblem(stranger.get("/api/v1/columns/" + columns.get(0) + "/tasks"), 404, "not-found");
        assertProblem(owner.get("/api/v1/columns/" + UUID.randomUUID() + "/tasks"), 404, "not-found");
        assertProblem(anonymous.get("/api/v1/projects/" + project + "/board"), 401, "unauthorized");
    }

    private static List<String> titles(JsonNode tasks) {
        List<String> titles = new ArrayList<>();
        tasks.values().forEach(task -> titles.add(task.get("title").getStringValue()));
        return titles;
    }
}
