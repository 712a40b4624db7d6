package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class TaskBulkUpdateApiTest extends EndToEndTest {

    private Api owner;
    private String ownerId;
    private String project;
    private List<String> columns;
    private final List<String> tasks = new ArrayList<>();

    @BeforeEach
    void tasks() {
        owner = api.newMember("bulk-" + run + "@example.com");
        ownerId = owner.get("/api/v1/me").text("id");
        project = owner.post("/api/v1/projects", "{\"name\":\"Bulk " + run + "\"}").text("id");
        columns = WorkDatabase.columnIds(project);
        for (int i = 0; i < 4; i++) {
            tasks.add(owner.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"t" + i + "\"}").text("id"));
        }
    }

    private Api.Response bulk(String ids, String set) {
        return owner.send("PATCH", "/api/v1/projects/" + project + "/tasks", Api.JSON, "{\"ids\":[" + ids + "],\"set\":" + set + "}");
    }

    private static String quoted(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList());
    }

    private static List<String> statuses(Api.Response response) {
        List<String> statuses = new ArrayList<>();
        response.json().get("results").values().forEach(r -> statuses.add(r.get("status").getStringValue()));
        return statuses;
    }

    @Test
    void oneChangeAppliesToEveryFoundTaskWithOneResultPerId() {
        String label = owner.post("/api/v1/projects/" + project + "/labels", "{\"name\":\"bulk\",\"color\":\"#abcdef\"}").text("id");
        String unknown = UUID.randomUUID().toString();
        owner.delete("/api/v1/tasks/" + tasks.get(3));

        Api.Response result = bulk(quoted(List.of(tasks.get(1), unknown, tasks.get(0), tasks.get(3))),
                "{\"columnId\":\"" + columns.get(2) + "\",\"assigneeId\":\"" + ownerId + "\",\"priority\":\"HIGH\",\"addLabelIds\":[\"" + label + "\"]}");

        assertThat(result.status()).isEqualTo(200);
        assertThat(statuses(result)).containsExactly("updated", "notFound", "updated", "notFound");
        assertThat(WorkDatabase.taskOrder(columns.get(2))).containsExactly(tasks.get(1), tasks.get(0));
        JsonNode moved = owner.get("/api/v1/tasks/" + tasks.get(0)).json();
        assertThat(moved.get("priority").getStringValue()).isEqualTo("HIGH");
        assertThat(moved.get("assignee").get("id").getStringValue()).isEqualTo(ownerId);
        assertThat(moved.get("labels").values()).hasSize(1);
        assertThat(moved.get("completedAt").isNull()).isFalse();
        assertThat(moved.get("version").getLongValue()).isEqualTo(1);
        assertThat(owner.get("/api/v1/tasks/" + tasks.get(2)).json().get("priority").getStringValue()).isEqualTo("MEDIUM");

        Api.Response undone = bulk(quoted(List.of(tasks.get(0), tasks.get(1))), "{\"assigneeId\":null,\"removeLabelIds\":[\"" + label + "\"]}");
        assertThat(statuses(undone)).containsExactly("updated", "updated");
        JsonNode cleared = owner.get("/api/v1/tasks/" + tasks.get(0)).json();
        assertThat(cleared.get("assignee").isNull()).isTrue();
        assertThat(cleared.get("labels").values()).isEmpty();
    }

    @Test
    void aChangeThatCannotApplyIsRefusedForEveryTaskAndAFullColumnTakesWhatFits() {
        String stranger = api.newMember("bulk-stranger-" + run + "@example.com").get("/api/v1/me").text("id");
        Api.Response refused = bulk(quoted(tasks), "{\"assigneeId\":\"" + stranger + "\"}");
        assertThat(statuses(refused)).containsOnly("refused");
        assertThat(refused.json().get("results").values().iterator().next().get("reason").getStringValue()).contains("not a member");
        assertThat(statuses(bulk(quoted(tasks), "{\"columnId\":\"" + UUID.randomUUID() + "\"}"))).containsOnly("refused");

        WorkDatabase.setWipLimit(columns.get(1), 2);
        Api.Response partly = bulk(quoted(tasks), "{\"columnId\":\"" + columns.get(1) + "\"}");
        assertThat(statuses(partly)).containsExactly("updated", "updated", "refused", "refused");
        assertThat(WorkDatabase.taskOrder(columns.get(1))).containsExactly(tasks.get(0), tasks.get(1));
    }

    @Test
    void aRepeatedIdGetsItsOwnResultAndCountsTowardsTheLimit() {
        String unknown = UUID.randomUUID().toString();
        Api.Response result = bulk(quoted(List.of(tasks.get(0), unknown, tasks.get(1), tasks.get(0), unknown)),
                "{\"priority\":\"LOW\"}");

        assertThat(result.status()).isEqualTo(200);
        assertThat(statuses(result)).containsExactly("updated", "notFound", "updated", "refused", "refused");
        List<JsonNode> items = new ArrayList<>();
        result.json().get("results").values().forEach(items::add);
        assertThat(items.get(3).get("id").getStringValue()).isEqualTo(tasks.get(0));
        assertThat(items.get(3).get("reason").getStringValue()).isEqualTo("repeats ids[0]");
        assertThat(items.get(4).get("reason").getStringValue()).isEqualTo("repeats ids[1]");
        assertThat(owner.get("/api/v1/tasks/" + tasks.get(0)).json().get("version").getLongValue()).isEqualTo(1);

        List<String> sameTooOften = java.util.Collections.nCopies(1001, tasks.get(0));
        assertThat(errorFields(assertProblem(bulk(quoted(sameTooOften), "{\"priority\":\"LOW\"}"), 400, "validation")))
                .containsExactly("ids");
    }

    @Test
    void everyFaultOfTheChangeIsNamedByItsPathInTheBody() {
        assertThat(errorFields(assertProblem(bulk(quoted(tasks), "{\"priority\":\"bad\",\"columnId\":\"y\"}"), 400,
                "validation"))).containsExactlyInAnyOrder("set.priority", "set.columnId");
        assertThat(errorFields(assertProblem(bulk(quoted(tasks), "{\"priority\":\"bad\"}"), 400, "validation")))
                .containsExactly("set.priority");
        assertThat(errorFields(assertProblem(bulk("\"x\"", "{\"priority\":\"bad\"}"), 400, "validation")))
                .containsExactlyInAnyOrder("ids[0]", "set.priority");
    }

    @Test
    void badBulkRequestsAreRefused() {
        assertProblem(bulk("", "{\"priority\":\"HIGH\"}"), 400, "validation");
        assertProblem(bulk(quoted(tasks), "{}"), 400, "validation");
        assertProblem(bulk(quoted(tasks), "{\"priority\":\"SOON\"}"), 400, "validation");
        assertProblem(bulk("\"x\"", "{\"priority\":\"HIGH\"}"), 400, "validation");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        assertProblem(bulk(quoted(tooMany), "{\"priority\":\"HIGH\"}"), 400, "validation");
        Api viewer = api.newMember("bulk-viewer-" + run + "@example.com");
        owner.send("PUT", "/api/v1/projects/" + project + "/members/" + viewer.get("/api/v1/me").text("id"), Api.JSON, "{\"role\":\"VIEWER\"}");
        assertProblem(viewer.send("PATCH", "/api/v1/projects/" + project + "/tasks", Api.JSON,
                "{\"ids\":[" + quoted(tasks) + "],\"set\":{\"priority\":\"HIGH\"}}"), 403, "forbidden");
    }
}
