package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.StringJoiner;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class TaskBatchApiTest extends EndToEndTest {

    private Api owner;
    private String project;
    private List<String> columns;

    @BeforeEach
    void project() {
        owner = api.newMember("batch-" + run + "@example.com");
        project = owner.post("/api/v1/projects", "{\"name\":\"Batch " + run + "\"}").text("id");
        columns = WorkDatabase.columnIds(project);
    }

    private Api.Response batch(String items) {
        return owner.post("/api/v1/projects/" + project + "/tasks/batch", "{\"items\":[" + items + "]}");
    }

    @Test
    void aThousandTasksAreCreatedTogetherInOrderAtTheBottomOfTheirColumns() {
        String label = owner.post("/api/v1/projects/" + project + "/labels", "{\"name\":\"bulk\",\"color\":\"#abcdef\"}").text("id");
        owner.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"existing\"}");
        StringJoiner items = new StringJoiner(",");
        for (int i = 0; i < 1000; i++) {
            items.add(i % 2 == 0 ? "{\"title\":\"t" + i + "\"}"
                    : "{\"title\":\"t" + i + "\",\"columnId\":\"" + columns.get(2) + "\",\"labelIds\":[\"" + label + "\"]}");
        }

        Api.Response created = batch(items.toString());

        assertThat(created.status()).as("%s", created.status()).isEqualTo(201);
        List<io.micronaut.json.tree.JsonNode> tasks = new java.util.ArrayList<>();
        created.json().get("items").values().forEach(tasks::add);
        assertThat(tasks).hasSize(1000);
        assertThat(tasks.get(0).get("title").getStringValue()).isEqualTo("t0");
        assertThat(tasks.get(1).get("labels").values()).hasSize(1);
        assertThat(tasks.get(1).get("completedAt").isNull()).isFalse();
        List<String> todo = WorkDatabase.taskOrder(columns.get(0));
        assertThat(todo).hasSize(501);
        assertThat(todo.get(1)).isEqualTo(tasks.get(0).get("id").getStringValue());
        assertThat(todo.get(500)).isEqualTo(tasks.get(998).get("id").getStringValue());
        assertThat(WorkDatabase.ranks(columns.get(0))).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void everyInvalidItemIsNamedAndNothingIsCreated() {
        Api.Response refused = batch("{\"title\":\"fine\"},{\"title\":\" \"},{\"title\":\"ok\",\"priority\":\"SOON\"},{\"title\":\"x\",\"description\":\""
                + "d".repeat(10_001) + "\"}");

        assertProblem(refused, 400, "validation");
        assertThat(errorFields(refused)).containsExactly("items[1].title", "items[2].priority", "items[3].description");
        assertThat(errorFields(assertProblem(batch("{\"title\":\"a\"},{\"title\":\"b\",\"dueDate\":\"soon\"}"), 400, "validation")))
                .containsExactly("items[1].dueDate");
        assertProblem(batch(""), 400, "validation");
        StringJoiner tooMany = new StringJoiner(",");
        for (int i = 0; i < 1001; i++) {
            tooMany.add("{\"title\":\"t\"}");
        }
        assertProblem(batch(tooMany.toString()), 400, "validation");
        assertThat(WorkDatabase.taskOrder(columns.get(0))).isEmpty();
    }

    @Test
    void aFaultOfOneKindInOneItemDoesNotHideTheFaultsOfTheOthers() {
        Api.Response refused = assertProblem(batch("{\"title\":\"\"},{\"title\":\"ok\",\"priority\":\"x\"},"
                + "{\"title\":\"ok\",\"foo\":1}"), 400, "validation");
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("items[0].title", "items[1].priority", "items[2].foo");

        Api.Response mistyped = assertProblem(batch("{\"title\":5},{\"title\":\" \"},7,{\"title\":\"ok\",\"priority\":\"x\"},"
                + "{\"title\":\"a\\u0000b\",\"priority\":\"y\"}"), 400, "validation");
        assertThat(errorFields(mistyped)).containsExactlyInAnyOrder("items[0].title", "items[1].title", "items[2]",
                "items[3].priority", "items[4].title", "items[4].priority");
        assertThat(WorkDatabase.taskOrder(columns.get(0))).isEmpty();
    }

    @Test
    void oneRefusedItemCreatesNone() {
        WorkDatabase.setWipLimit(columns.get(1), 2);
        String stranger = api.newMember("batch-stranger-" + run + "@example.com").get("/api/v1/me").text("id");

        assertProblem(batch("{\"title\":\"a\",\"columnId\":\"" + columns.get(1) + "\"},{\"title\":\"b\",\"columnId\":\"" + columns.get(1)
                + "\"},{\"title\":\"c\",\"columnId\":\"" + columns.get(1) + "\"}"), 422, "wip-limit-reached");
        assertProblem(batch("{\"title\":\"a\"},{\"title\":\"b\",\"assigneeId\":\"" + stranger + "\"}"), 422, "task-refused");
        assertProblem(batch("{\"title\":\"a\"},{\"title\":\"b\",\"columnId\":\"" + java.util.UUID.randomUUID() + "\"}"), 422, "task-refused");
        assertThat(WorkDatabase.taskOrder(columns.get(0))).isEmpty();
        assertThat(WorkDatabase.taskOrder(columns.get(1))).isEmpty();
    }
}
