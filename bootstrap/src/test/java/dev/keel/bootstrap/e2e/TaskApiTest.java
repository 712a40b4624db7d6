package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class TaskApiTest extends EndToEndTest {

    private TestUser owner;
    private String project;
    private List<String> columns;

    private TestUser memberWithRole(String role) {
        return addToProject(owner, project, signedInUser(role.toLowerCase()), role);
    }

    private Api.Response create(Api client, String body) {
        return client.post("/api/v1/projects/" + project + "/tasks", body);
    }

    private String task(String title) {
        Api.Response created = create(owner.client(), "{\"title\":\"" + title + "\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.text("id");
    }

    private Api.Response move(String task, String body) {
        return owner.client().post("/api/v1/tasks/" + task + "/move", body);
    }

    @BeforeEach
    void project() {
        owner = signedInUser("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Tasks " + run + "\"}").text("id");
        columns = WorkDatabase.columnIds(project);
    }

    @Test
    void aNewTaskGoesToTheBottomOfTheFirstColumnWithItsDefaults() {
        String first = task("First");

        Api.Response created = create(owner.client(), "{\"title\":\"  Write the spec \",\"description\":\"Two\\nlines\","
                + "\"dueDate\":\"2026-12-01\",\"priority\":\"HIGH\",\"assigneeId\":\"" + owner.id() + "\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/tasks/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.text("projectId")).isEqualTo(project);
        assertThat(created.text("columnId")).isEqualTo(columns.get(0));
        assertThat(created.text("title")).isEqualTo("Write the spec");
        assertThat(created.text("description")).isEqualTo("Two\nlines");
        assertThat(created.text("priority")).isEqualTo("HIGH");
        assertThat(created.text("dueDate")).isEqualTo("2026-12-01");
        assertThat(created.json().get("assignee").get("id").getStringValue()).isEqualTo(owner.id());
        assertThat(created.json().get("assignee").get("name").getStringValue()).isEqualTo("Member");
        assertThat(created.json().get("createdBy").get("id").getStringValue()).isEqualTo(owner.id());
        assertThat(created.json().get("labels").values()).isEmpty();
        assertThat(created.json().get("completedAt").isNull()).isTrue();
        assertThat(created.json().get("deletedAt")).isNull();
        assertThat(created.text("createdAt")).isEqualTo(created.text("updatedAt")).matches(".*\\.\\d{6}Z");
        assertThat(WorkDatabase.taskOrder(columns.get(0))).containsExactly(first, id);

        Api.Response read = owner.client().get("/api/v1/tasks/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());

        Api.Response plain = owner.client().get("/api/v1/tasks/" + first);
        assertThat(plain.text("priority")).isEqualTo("MEDIUM");
        assertThat(plain.json().get("assignee").isNull()).isTrue();
        assertThat(plain.json().get("dueDate").isNull()).isTrue();
        assertThat(plain.json().get("description").isNull()).isTrue();
    }

    @Test
    void aTaskCreatedInADoneColumnIsCompletedAndCarriesItsLabelsByName() {
        String zulu = WorkDatabase.label(project, "zulu", "#00ff00");
        String alpha = WorkDatabase.label(project, "Alpha", "#ff0000");

        Api.Response created = create(owner.client(), "{\"title\":\"Shipped\",\"columnId\":\"" + columns.get(2)
                + "\",\"labelIds\":[\"" + zulu + "\",\"" + alpha + "\",\"" + zulu + "\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("columnId")).isEqualTo(columns.get(2));
        assertThat(created.text("completedAt")).isEqualTo(created.text("createdAt"));
        assertThat(created.json().get("labels").values()).extracting(label -> label.get("name").getStringValue())
                .containsExactly("Alpha", "zulu");
        assertThat(created.json().get("labels").values()).extracting(label -> label.get("color").getStringValue())
                .containsExactly("#ff0000", "#00ff00");
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsCreated() {
        Api.Response refused = create(owner.client(), "{\"title\":\"  \",\"priority\":\"SOON\","
                + "\"description\":\"" + "x".repeat(10_001) + "\"}");

        assertProblem(refused, 400, "validation");
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("title", "priority", "description");
        assertThat(errorFields(assertProblem(create(owner.client(), "{\"title\":\"t\",\"dueDate\":\"tomorrow\"}"), 400,
                "validation"))).containsExactly("dueDate");
        assertProblem(create(owner.client(), "{\"title\":\"t\",\"colour\":\"red\"}"), 400, "validation");
        assertProblem(create(owner.client(), "{\"title\":\"t\",\"columnId\":\"not-a-uuid\"}"), 400, "validation");
        assertThat(WorkDatabase.taskOrder(columns.get(0))).isEmpty();
    }

    @Test
    void aDueDateIsFourDigitYearsFromOneToNineThousandNineHundredNinetyNineOnly() {
        for (String date : List.of("+5874898-01-01", "-4714-01-01", "+999999999-12-31", "-999999999-01-01",
                "+10000-01-01", "99999-01-01", "0000-12-31", "+2026-01-01", "2026-1-01", "2026-02-30")) {
            assertThat(errorFields(assertProblem(create(owner.client(), "{\"title\":\"t\",\"dueDate\":\"" + date + "\"}"),
                    400, "validation"))).as(date).containsExactly("dueDate");
        }
        assertThat(create(owner.client(), "{\"title\":\"first\",\"dueDate\":\"0001-01-01\"}").text("dueDate"))
                .isEqualTo("0001-01-01");
        String task = task("dated");
        assertThat(owner.client().patch("/api/v1/tasks/" + task, "{\"dueDate\":\"9999-12-31\"}").text("dueDate"))
                .isEqualTo("9999-12-31");
        assertThat(errorFields(assertProblem(owner.client().patch("/api/v1/tasks/" + task, "{\"dueDate\":\"+5874898-01-01\"}"),
                400, "validation"))).containsExactly("dueDate");
        assertThat(errorFields(assertProblem(owner.client().post("/api/v1/projects/" + project + "/tasks/batch",
                "{\"items\":[{\"title\":\"a\"},{\"title\":\"b\",\"dueDate\":\"-4714-01-01\"}]}"), 400, "validation")))
                .containsExactly("items[1].dueDate");
        for (String parameter : List.of("dueBefore", "dueAfter")) {
            assertThat(errorFields(assertProblem(owner.client().get("/api/v1/projects/" + project + "/tasks?" + parameter
                    + "=%2B5874898-01-01"), 400, "validation"))).containsExactly(parameter);
        }
        assertThat(owner.client().get("/api/v1/projects/" + project + "/tasks?dueBefore=9999-12-31").status()).isEqualTo(200);
    }

    @Test
    void aColumnAssigneeOrLabelThatDoesNotBelongToTheProjectIsRefused() {
        String otherProject = owner.client().post("/api/v1/projects", "{\"name\":\"Other " + run + "\"}").text("id");
        String foreignLabel = WorkDatabase.label(otherProject, "foreign", "#123456");
        String foreignColumn = WorkDatabase.columnIds(otherProject).get(0);
        TestUser stranger = signedInUser("stranger");

        assertProblem(create(owner.client(), "{\"title\":\"t\",\"columnId\":\"" + foreignColumn + "\"}"), 422, "task-refused");
        assertProblem(create(owner.client(), "{\"title\":\"t\",\"assigneeId\":\"" + stranger.id() + "\"}"), 422, "task-refused");
        assertProblem(create(owner.client(), "{\"title\":\"t\",\"labelIds\":[\"" + foreignLabel + "\"]}"), 422, "task-refused");
        assertProblem(create(owner.client(), "{\"title\":\"t\",\"assigneeId\":\"" + UUID.randomUUID() + "\"}"), 422, "task-refused");
        assertThat(WorkDatabase.taskOrder(columns.get(0))).isEmpty();
    }

    @Test
    void aColumnAtItsWipLimitRefusesAnotherTaskCreatedOrMovedIntoIt() {
        WorkDatabase.setWipLimit(columns.get(1), 1);
        String busy = task("busy");
        assertThat(move(busy, "{\"columnId\":\"" + columns.get(1) + "\"}").status()).isEqualTo(200);

        assertProblem(create(owner.client(), "{\"title\":\"more\",\"columnId\":\"" + columns.get(1) + "\"}"), 422, "wip-limit-reached");
        String waiting = task("waiting");
        assertProblem(move(waiting, "{\"columnId\":\"" + columns.get(1) + "\"}"), 422, "wip-limit-reached");
        // Moving within the full column is no new task for it.
        assertThat(move(busy, "{\"columnId\":\"" + columns.get(1) + "\"}").status()).isEqualTo(200);
        assertThat(WorkDatabase.taskOrder(columns.get(1))).containsExactly(busy);
    }

    @Test
    void viewersReadButDoNotChangeTasksAndOutsidersSeeNothing() {
        String id = task("guarded");
        TestUser viewer = memberWithRole("VIEWER");
        TestUser member = memberWithRole("MEMBER");
        TestUser stranger = signedInUser("stranger");

        assertThat(viewer.client().get("/api/v1/tasks/" + id).status()).isEqualTo(200);
        assertProblem(viewer.client().post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"t\"}"), 403, "forbidden");
        assertProblem(viewer.client().patch("/api/v1/tasks/" + id, "{\"title\":\"t\"}"), 403, "forbidden");
        assertProblem(viewer.client().delete("/api/v1/tasks/" + id), 403, "forbidden");
        assertProblem(viewer.client().post("/api/v1/tasks/" + id + "/move", "{\"columnId\":\"" + columns.get(1) + "\"}"), 403, "forbidden");
        assertProblem(stranger.client().get("/api/v1/tasks/" + id), 404, "not-found");
        assertProblem(stranger.client().post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"t\"}"), 404, "not-found");
        assertProblem(anonymous.get("/api/v1/tasks/" + id), 401, "unauthorized");
        assertThat(member.client().patch("/api/v1/tasks/" + id, "{\"title\":\"by a member\"}").status()).isEqualTo(200);
        assertProblem(member.client().delete("/api/v1/tasks/" + id + "?permanent=true"), 403, "forbidden");
    }

    @Test
    void aMergePatchChangesClearsAndKeepsFieldsAndHonoursIfMatch() {
        String id = create(owner.client(), "{\"title\":\"Draft\",\"description\":\"d\",\"dueDate\":\"2026-12-24\","
                + "\"assigneeId\":\"" + owner.id() + "\"}").text("id");

        Api.Response patched = owner.client().patch("/api/v1/tasks/" + id,
                "{\"title\":\"Final\",\"description\":null,\"assigneeId\":null,\"priority\":\"URGENT\"}", "If-Match", "\"0\"");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        assertThat(patched.text("title")).isEqualTo("Final");
        assertThat(patched.json().get("description").isNull()).isTrue();
        assertThat(patched.json().get("assignee").isNull()).isTrue();
        assertThat(patched.text("priority")).isEqualTo("URGENT");
        assertThat(patched.text("dueDate")).isEqualTo("2026-12-24");
        assertProblem(owner.client().patch("/api/v1/tasks/" + id, "{\"title\":\"Stale\"}", "If-Match", "\"0\""), 412, "precondition-failed");
        assertProblem(owner.client().patch("/api/v1/tasks/" + id, "{\"title\":null}"), 400, "validation");
        assertProblem(owner.client().patch("/api/v1/tasks/" + id, "{\"priority\":null}"), 400, "validation");
        assertProblem(owner.client().patch("/api/v1/tasks/" + id, "{\"assigneeId\":\"" + signedInUser("outsider").id() + "\"}"), 422, "task-refused");

        Api.Response unchanged = owner.client().patch("/api/v1/tasks/" + id, "{\"title\":\"Final\",\"dueDate\":\"2026-12-24\"}");
        assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
        assertThat(unchanged.text("updatedAt")).isEqualTo(patched.text("updatedAt"));

        Api.Response cleared = owner.client().patch("/api/v1/tasks/" + id, "{\"dueDate\":null}");
        assertThat(cleared.json().get("dueDate").isNull()).isTrue();
        assertThat(cleared.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aDeletedTaskDisappearsUntilRestoredAndPermanentDeletionRemovesIt() {
        String id = task("fleeting");

        assertProblem(owner.client().delete("/api/v1/tasks/" + id, "If-Match", "\"7\""), 412, "precondition-failed");
        assertThat(owner.client().delete("/api/v1/tasks/" + id).status()).isEqualTo(204);
        assertProblem(owner.client().get("/api/v1/tasks/" + id), 404, "not-found");
        assertProblem(owner.client().delete("/api/v1/tasks/" + id), 404, "not-found");
        assertThat(WorkDatabase.taskOrder(columns.get(0))).isEmpty();

        Api.Response restored = owner.client().post("/api/v1/tasks/" + id + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("deletedAt")).isNull();
        assertThat(restored.header("ETag")).isEqualTo("\"2\"");
        assertThat(owner.client().get("/api/v1/tasks/" + id).status()).isEqualTo(200);

        assertThat(owner.client().delete("/api/v1/tasks/" + id + "?permanent=true").status()).isEqualTo(204);
        assertProblem(owner.client().post("/api/v1/tasks/" + id + "/restore", null), 404, "not-found");
        assertThat(WorkDatabase.ranks(columns.get(0))).isEmpty();
    }

    @Test
    void movesHonourTheNeighbourAskedForAndTrackCompletion() {
        String a = task("a");
        String b = task("b");
        String c = task("c");

        assertThat(move(c, "{\"columnId\":\"" + columns.get(0) + "\",\"beforeId\":\"" + a + "\"}").status()).isEqualTo(200);
        assertThat(WorkDatabase.taskOrder(columns.get(0))).containsExactly(c, a, b);
        assertThat(move(c, "{\"columnId\":\"" + columns.get(0) + "\",\"afterId\":\"" + a + "\"}").status()).isEqualTo(200);
        assertThat(WorkDatabase.taskOrder(columns.get(0))).containsExactly(a, c, b);

        Api.Response done = move(a, "{\"columnId\":\"" + columns.get(2) + "\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text("columnId")).isEqualTo(columns.get(2));
        assertThat(done.text("completedAt")).isEqualTo(done.text("updatedAt"));
        assertThat(done.header("ETag")).isEqualTo("\"1\"");
        Api.Response reopened = move(a, "{\"columnId\":\"" + columns.get(1) + "\"}");
        assertThat(reopened.json().get("completedAt").isNull()).isTrue();
        assertThat(WorkDatabase.taskOrder(columns.get(0))).containsExactly(c, b);
        assertThat(WorkDatabase.taskOrder(columns.get(1))).containsExactly(a);

        assertProblem(move(b, "{\"columnId\":\"" + columns.get(0) + "\",\"beforeId\":\"" + a + "\"}"), 422, "task-refused");
        assertProblem(move(b, "{\"columnId\":\"" + columns.get(0) + "\",\"beforeId\":\"" + b + "\"}"), 422, "task-refused");
        assertProblem(move(b, "{\"columnId\":\"" + UUID.randomUUID() + "\"}"), 422, "task-refused");
        assertProblem(move(b, "{\"columnId\":\"" + columns.get(0) + "\",\"beforeId\":\"" + c + "\",\"afterId\":\"" + c + "\"}"), 400, "validation");
        assertProblem(move(b, "{\"beforeId\":\"" + c + "\"}"), 400, "validation");
        assertProblem(move(b, "{\"columnId\":\"" + columns.get(1) + "\"}", "If-Match", "\"9\""), 412, "precondition-failed");
    }

    private Api.Response move(String task, String body, String... headers) {
        return owner.client().post("/api/v1/tasks/" + task + "/move", body, headers);
    }

    @Test
    void aRemovedMemberLeavesTheirOpenTasksUnassignedAndTheirDoneTasksAsTheyWere() {
        TestUser member = memberWithRole("MEMBER");
        String open = create(owner.client(), "{\"title\":\"open\",\"assigneeId\":\"" + member.id() + "\"}").text("id");
        String done = create(owner.client(), "{\"title\":\"done\",\"assigneeId\":\"" + member.id() + "\",\"columnId\":\""
                + columns.get(2) + "\"}").text("id");
        String others = create(owner.client(), "{\"title\":\"others\",\"assigneeId\":\"" + owner.id() + "\"}").text("id");

        assertThat(owner.client().delete("/api/v1/projects/" + project + "/members/" + member.id()).status()).isEqualTo(204);

        Api.Response unassigned = owner.client().get("/api/v1/tasks/" + open);
        assertThat(unassigned.json().get("assignee").isNull()).isTrue();
        assertThat(unassigned.header("ETag")).isEqualTo("\"1\"");
        assertThat(owner.client().get("/api/v1/tasks/" + done).json().get("assignee").get("id").getStringValue()).isEqualTo(member.id());
        assertThat(owner.client().get("/api/v1/tasks/" + others).header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void aProjectCountsItsLiveOpenAndDoneTasks() {
        String open = task("open");
        task("also open");
        String finished = task("finished");
        String gone = task("gone");
        move(finished, "{\"columnId\":\"" + columns.get(2) + "\"}");
        owner.client().delete("/api/v1/tasks/" + gone);

        Api.Response project = owner.client().get("/api/v1/projects/" + this.project);
        assertThat(project.json().get("openTaskCount").getLongValue()).isEqualTo(2);
        assertThat(project.json().get("doneTaskCount").getLongValue()).isEqualTo(1);
        Api.Response renamed = owner.client().patch("/api/v1/projects/" + this.project, "{\"name\":\"Renamed " + run + "\"}");
        assertThat(renamed.json().get("openTaskCount").getLongValue()).isEqualTo(2);
        assertThat(renamed.json().get("doneTaskCount").getLongValue()).isEqualTo(1);
        move(open, "{\"columnId\":\"" + columns.get(2) + "\"}");
        assertThat(owner.client().get("/api/v1/projects/" + this.project).json().get("doneTaskCount").getLongValue()).isEqualTo(2);
    }

    @Test
    void placingOverAndOverAtOneSpotReSpacesThatColumnOnly() {
        String anchor = task("anchor");
        String other = create(owner.client(), "{\"title\":\"elsewhere\",\"columnId\":\"" + columns.get(1) + "\"}").text("id");
        List<Long> otherRanks = WorkDatabase.ranks(columns.get(1));
        // Each task placed right before the anchor halves the room left there: 2^20 runs out after about 20.
        List<String> placed = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String next = task("p" + i);
            assertThat(move(next, "{\"columnId\":\"" + columns.get(0) + "\",\"beforeId\":\"" + anchor + "\"}").status()).isEqualTo(200);
            placed.add(next);
        }

        List<String> expected = new java.util.ArrayList<>(placed);
        expected.add(anchor);
        assertThat(WorkDatabase.taskOrder(columns.get(0))).containsExactlyElementsOf(expected);
        List<Long> ranks = WorkDatabase.ranks(columns.get(0));
        assertThat(ranks).doesNotHaveDuplicates().isSorted();
        assertThat(ranks).as("re-spaced: evenly spread again").contains(1L << 20, 2L << 20);
        assertThat(WorkDatabase.ranks(columns.get(1))).isEqualTo(otherRanks);
        assertThat(WorkDatabase.taskOrder(columns.get(1))).containsExactly(other);
    }
}
