package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class LabelApiTest extends EndToEndTest {

    private TestUser owner;
    private String project;

    private TestUser memberWithRole(String role) {
        return addToProject(owner, project, signedInUser(role.toLowerCase()), role);
    }

    private Api.Response createLabel(Api client, String name, String color) {
        return client.post("/api/v1/projects/" + project + "/labels", "{\"name\":\"" + name + "\",\"color\":\"" + color + "\"}");
    }

    @BeforeEach
    void project() {
        owner = signedInUser("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Labels " + run + "\"}").text("id");
    }

    @Test
    void labelsAreCreatedListedByNameRenamedAndUniqueCaseInsensitively() {
        Api.Response bug = createLabel(owner.client(), " Bug ", "#D73A4A");

        assertThat(bug.status()).isEqualTo(201);
        String id = bug.text("id");
        assertThat(bug.header("Location")).isEqualTo("/api/v1/labels/" + id);
        assertThat(bug.header("ETag")).isEqualTo("\"0\"");
        assertThat(bug.text("name")).isEqualTo("Bug");
        assertThat(bug.text("color")).isEqualTo("#d73a4a");
        assertThat(bug.text("projectId")).isEqualTo(project);
        createLabel(owner.client(), "Accessibility", "#0000ff");
        assertProblem(createLabel(owner.client(), "bUG", "#000000"), 409, "label-name-taken");

        Api.Response list = owner.client().get("/api/v1/projects/" + project + "/labels");
        assertThat(list.items()).extracting(item -> item.get("name").getStringValue()).containsExactly("Accessibility", "Bug");

        Api.Response renamed = owner.client().patch("/api/v1/labels/" + id, "{\"name\":\"Defect\",\"color\":\"#00FF00\"}", "If-Match", "\"0\"");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Defect");
        assertThat(renamed.text("color")).isEqualTo("#00ff00");
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
        assertProblem(owner.client().patch("/api/v1/labels/" + id, "{\"name\":\"x\"}", "If-Match", "\"0\""), 412, "precondition-failed");
        assertProblem(owner.client().patch("/api/v1/labels/" + id, "{\"name\":\"ACCESSIBILITY\"}"), 409, "label-name-taken");
        assertProblem(owner.client().patch("/api/v1/labels/" + id, "{\"name\":null}"), 400, "validation");
    }

    @Test
    void aMisspeltNameStillFindsTheLabelBestMatchFirst() {
        createLabel(owner.client(), "Urgent", "#ff0000");
        createLabel(owner.client(), "Urgency review", "#ff8800");
        createLabel(owner.client(), "Docs", "#00ff00");

        Api.Response found = owner.client().get("/api/v1/projects/" + project + "/labels?q=urgnt");

        assertThat(found.items()).extracting(item -> item.get("name").getStringValue()).containsExactly("Urgent", "Urgency review");
        assertThat(owner.client().get("/api/v1/projects/" + project + "/labels?q=doc").items())
                .extracting(item -> item.get("name").getStringValue()).containsExactly("Docs");
        assertProblem(owner.client().get("/api/v1/projects/" + project + "/labels?q=" + "x".repeat(51)), 400, "validation");
    }

    @Test
    void invalidLabelsAreRefusedWithEveryFieldNamed() {
        Api.Response refused = createLabel(owner.client(), " ", "red");

        assertProblem(refused, 400, "validation");
        assertThat(errorFields(refused)).containsExactlyInAnyOrder("name", "color");
        assertProblem(createLabel(owner.client(), "x".repeat(51), "#123456"), 400, "validation");
        assertProblem(createLabel(owner.client(), "ok", "#12345g"), 400, "validation");
        assertThat(owner.client().get("/api/v1/projects/" + project + "/labels").items()).isEmpty();
    }

    @Test
    void membersLabelTasksViewersOnlyReadAndOnlyAdminsManageLabels() {
        TestUser admin = memberWithRole("ADMIN");
        TestUser member = memberWithRole("MEMBER");
        TestUser viewer = memberWithRole("VIEWER");
        TestUser stranger = signedInUser("stranger");
        String label = createLabel(admin.client(), "ops", "#111111").text("id");
        String task = owner.client().post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"t\"}").text("id");

        assertProblem(createLabel(member.client(), "nope", "#111111"), 403, "forbidden");
        assertProblem(member.client().patch("/api/v1/labels/" + label, "{\"name\":\"nope\"}"), 403, "forbidden");
        assertProblem(member.client().delete("/api/v1/labels/" + label), 403, "forbidden");
        assertThat(viewer.client().get("/api/v1/projects/" + project + "/labels").status()).isEqualTo(200);
        assertProblem(viewer.client().send("PUT", "/api/v1/tasks/" + task + "/labels/" + label, null, null), 403, "forbidden");
        assertProblem(stranger.client().get("/api/v1/projects/" + project + "/labels"), 404, "not-found");
        assertProblem(stranger.client().send("PUT", "/api/v1/tasks/" + task + "/labels/" + label, null, null), 404, "not-found");
        assertThat(member.client().send("PUT", "/api/v1/tasks/" + task + "/labels/" + label, null, null).status()).isEqualTo(204);
    }

    @Test
    void puttingALabelTwiceIsHarmlessAndOnlyRealChangesAdvanceTheTask() {
        String label = createLabel(owner.client(), "ops", "#111111").text("id");
        String task = owner.client().post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"t\"}").text("id");
        String path = "/api/v1/tasks/" + task + "/labels/" + label;

        assertThat(owner.client().send("PUT", path, null, null).status()).isEqualTo(204);
        assertThat(owner.client().send("PUT", path, null, null).status()).isEqualTo(204);
        Api.Response labelled = owner.client().get("/api/v1/tasks/" + task);
        assertThat(labelled.header("ETag")).isEqualTo("\"1\"");
        assertThat(labelled.json().get("labels").values()).extracting(l -> l.get("id").getStringValue()).containsExactly(label);
        assertThat(WorkDatabase.labelAddedBy(task, label)).isEqualTo(owner.id());

        assertThat(owner.client().delete(path).status()).isEqualTo(204);
        assertThat(owner.client().delete(path).status()).isEqualTo(204);
        Api.Response unlabelled = owner.client().get("/api/v1/tasks/" + task);
        assertThat(unlabelled.header("ETag")).isEqualTo("\"2\"");
        assertThat(unlabelled.json().get("labels").values()).isEmpty();

        String otherProject = owner.client().post("/api/v1/projects", "{\"name\":\"Other " + run + "\"}").text("id");
        String foreign = owner.client().post("/api/v1/projects/" + otherProject + "/labels", "{\"name\":\"far\",\"color\":\"#222222\"}").text("id");
        assertProblem(owner.client().send("PUT", "/api/v1/tasks/" + task + "/labels/" + foreign, null, null), 422, "task-refused");
    }

    @Test
    void aDeletedLabelLeavesItsTasksWhoseVersionsAdvance() {
        String label = createLabel(owner.client(), "temp", "#333333").text("id");
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tasks.add(owner.client().post("/api/v1/projects/" + project + "/tasks",
                    "{\"title\":\"t" + i + "\",\"labelIds\":[\"" + label + "\"]}").text("id"));
        }

        assertProblem(owner.client().delete("/api/v1/labels/" + label, "If-Match", "\"3\""), 412, "precondition-failed");
        assertThat(owner.client().delete("/api/v1/labels/" + label).status()).isEqualTo(204);

        for (String task : tasks) {
            Api.Response read = owner.client().get("/api/v1/tasks/" + task);
            assertThat(read.json().get("labels").values()).isEmpty();
            assertThat(read.header("ETag")).isEqualTo("\"1\"");
        }
        assertProblem(owner.client().delete("/api/v1/labels/" + label), 404, "not-found");
        assertThat(owner.client().get("/api/v1/projects/" + project + "/labels").items()).isEmpty();
    }
}
