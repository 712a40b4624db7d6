package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@MicronautTest
class ActivityApiTest extends EndToEndTest {

    private TestUser owner;
    private String project;

    @BeforeEach
    void project() {
        owner = signedInUser("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Activity " + run + "\"}").text("id");
    }

    private String task(String title) {
        return owner.client().post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"" + title + "\"}").text("id");
    }

    /** "entityType action" of the entries, newest first. */
    private static List<String> summary(Api.Response entries) {
        return entries.items().stream().map(entry -> entry.get("entityType").getStringValue() + " " + entry.get("action").getStringValue())
                .toList();
    }

    private static JsonNode change(JsonNode entry, String field) {
        return entry.get("changes").get(field);
    }

    @Test
    void aTasksLifeIsItsHistoryNewestFirstWithWhoAndWhat() {
        String task = task("Draft");
        List<String> columns = WorkDatabase.columnIds(project);
        String label = WorkDatabase.label(project, "bug", "#ff0000");
        owner.client().patch("/api/v1/tasks/" + task, "{\"title\":\"Final\",\"priority\":\"HIGH\",\"description\":\"secret plan\"}");
        owner.client().post("/api/v1/tasks/" + task + "/move", "{\"columnId\":\"" + columns.get(1) + "\"}");
        owner.client().send("PUT", "/api/v1/tasks/" + task + "/labels/" + label, Api.JSON, "");
        owner.client().post("/api/v1/tasks/" + task + "/comments", "{\"body\":\"private words\"}");
        owner.client().delete("/api/v1/tasks/" + task);
        owner.client().post("/api/v1/tasks/" + task + "/restore", "");

        Api.Response history = owner.client().get("/api/v1/tasks/" + task + "/activity");

        assertThat(summary(history)).containsExactly("task restored", "task deleted", "comment created", "task labelAdded",
                "task moved", "task updated", "task created");
        List<JsonNode> entries = history.items();
        JsonNode updated = entries.get(5);
        assertThat(updated.get("actor").get("id").getStringValue()).isEqualTo(owner.id());
        assertThat(updated.get("entityId").getStringValue()).isEqualTo(task);
        assertThat(updated.get("projectId").getStringValue()).isEqualTo(project);
        assertThat(change(updated, "title").get("from").getStringValue()).isEqualTo("Draft");
        assertThat(change(updated, "title").get("to").getStringValue()).isEqualTo("Final");
        assertThat(change(updated, "priority").get("to").getStringValue()).isEqualTo("HIGH");
        assertThat(change(updated, "description").get("changed").getBooleanValue()).isTrue();
        assertThat(updated.get("changes").size()).isEqualTo(3);
        assertThat(change(entries.get(4), "columnId").get("from").getStringValue()).isEqualTo(columns.get(0));
        assertThat(change(entries.get(4), "columnId").get("to").getStringValue()).isEqualTo(columns.get(1));
        assertThat(change(entries.get(3), "labelId").get("to").getStringValue()).isEqualTo(label);
        assertThat(history.body()).doesNotContain("private words").doesNotContain("secret plan");
        assertThat(change(entries.get(6), "title").get("from").isNull()).isTrue();
        assertThat(change(entries.get(6), "dueDate")).as("a field created empty is no change").isNull();
        assertThat(entries.get(6).get("at").getStringValue()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void membersColumnsDocumentsAndTheProjectItselfAreRecordedAndFilterable() {
        TestUser member = signedInUser("member");
        owner.client().send("PUT", "/api/v1/projects/" + project + "/members/" + member.id(), Api.JSON, "{\"role\":\"MEMBER\"}");
        owner.client().send("PUT", "/api/v1/projects/" + project + "/members/" + member.id(), Api.JSON, "{\"role\":\"ADMIN\"}");
        String document = member.client().post("/api/v1/projects/" + project + "/documents",
                "{\"title\":\"Spec\",\"metadata\":{\"status\":\"draft\"}}").text("id");
        member.client().patch("/api/v1/documents/" + document, "{\"metadata\":{\"status\":\"final\"}}");
        owner.client().patch("/api/v1/projects/" + project, "{\"name\":\"Renamed " + run + "\"}");
        String column = WorkDatabase.columnIds(project).get(1);
        owner.client().patch("/api/v1/columns/" + column, "{\"name\":\"Doing\",\"wipLimit\":3}");
        owner.client().delete("/api/v1/projects/" + project + "/members/" + member.id());

        Api.Response all = owner.client().get("/api/v1/projects/" + project + "/activity?limit=100");
        assertThat(summary(all).subList(0, 7)).containsExactly("member removed", "column updated", "project updated",
                "document updated", "document created", "member updated", "member created");
        JsonNode columnChange = all.items().get(1);
        assertThat(columnChange.get("entityId").getStringValue()).isEqualTo(column);
        assertThat(change(columnChange, "name").get("to").getStringValue()).isEqualTo("Doing");
        assertThat(change(columnChange, "wipLimit").get("to").getIntValue()).isEqualTo(3);
        JsonNode roleChange = all.items().get(5);
        assertThat(roleChange.get("entityId").getStringValue()).isEqualTo(member.id());
        assertThat(change(roleChange, "role").get("from").getStringValue()).isEqualTo("MEMBER");
        assertThat(change(roleChange, "role").get("to").getStringValue()).isEqualTo("ADMIN");
        assertThat(change(all.items().get(3), "metadata").get("changed").getBooleanValue()).isTrue();

        Api.Response documents = owner.client().get("/api/v1/projects/" + project + "/activity?entityType=document");
        assertThat(summary(documents)).containsExactly("document updated", "document created");
        Api.Response byMember = owner.client().get("/api/v1/projects/" + project + "/activity?actorId=" + member.id());
        assertThat(summary(byMember)).containsExactly("document updated", "document created");
        Api.Response aboutMember = owner.client().get("/api/v1/projects/" + project + "/activity?entityId=" + member.id());
        assertThat(summary(aboutMember)).containsExactly("member removed", "member updated", "member created");
        assertProblem(owner.client().get("/api/v1/projects/" + project + "/activity?entityType=planet"), 400, "validation");
    }

    @Test
    void onlyRealChangesAreRecordedAndABulkChangeRecordsEachTask() {
        String first = task("one");
        String second = task("two");
        String third = task("three");
        owner.client().patch("/api/v1/tasks/" + first, "{\"title\":\"one\"}");
        // Moving to the top of a column re-spaces nobody else's history.
        String todo = WorkDatabase.columnIds(project).get(0);
        owner.client().post("/api/v1/tasks/" + third + "/move", "{\"columnId\":\"" + todo + "\",\"beforeId\":\"" + first + "\"}");

        Api.Response bulk = owner.client().patch("/api/v1/projects/" + project + "/tasks",
                "{\"ids\":[\"" + first + "\",\"" + second + "\"],\"set\":{\"priority\":\"URGENT\"}}");
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);

        assertThat(summary(owner.client().get("/api/v1/tasks/" + first + "/activity"))).containsExactly("task updated", "task created");
        assertThat(summary(owner.client().get("/api/v1/tasks/" + second + "/activity"))).containsExactly("task updated", "task created");
        assertThat(summary(owner.client().get("/api/v1/tasks/" + third + "/activity"))).containsExactly("task moved", "task created");
    }

    @Test
    void theHistoryIsPagedAndAppendOnly() {
        String task = task("paged");
        for (int i = 0; i < 4; i++) {
            owner.client().patch("/api/v1/tasks/" + task, "{\"title\":\"v" + i + "\"}");
        }
        List<String> titles = new ArrayList<>();
        String path = "/api/v1/tasks/" + task + "/activity?limit=2";
        Api.Response slice = owner.client().get(path);
        while (true) {
            slice.items().forEach(entry -> titles.add(change(entry, "title").get("to").getStringValue()));
            if (slice.text("nextCursor") == null) {
                break;
            }
            slice = owner.client().get(path + "&cursor=" + slice.text("nextCursor"));
        }
        assertThat(titles).containsExactly("v3", "v2", "v1", "v0", "paged");

        assertThat(catchThrowable(() -> WorkDatabase.execute("UPDATE activity SET action = 'updated' WHERE entity_id = ?::uuid", task)))
                .hasMessageContaining("append-only");
        assertThat(catchThrowable(() -> WorkDatabase.execute("DELETE FROM activity WHERE entity_id = ?::uuid", task)))
                .hasMessageContaining("append-only");
    }

    @Test
    void aRefusedChangeLeavesNoTraceAndOutsidersSeeNoHistory() {
        String task = task("guarded");
        assertProblem(owner.client().patch("/api/v1/tasks/" + task, "{\"title\":\"stale\"}", "If-Match", "\"7\""), 412, "precondition-failed");
        TestUser viewer = addToProject(owner, project, signedInUser("viewer"), "VIEWER");
        TestUser outsider = signedInUser("outsider");

        assertThat(summary(viewer.client().get("/api/v1/tasks/" + task + "/activity"))).containsExactly("task created");
        assertProblem(outsider.client().get("/api/v1/tasks/" + task + "/activity"), 404, "not-found");
        assertProblem(outsider.client().get("/api/v1/projects/" + project + "/activity"), 404, "not-found");
    }
}
