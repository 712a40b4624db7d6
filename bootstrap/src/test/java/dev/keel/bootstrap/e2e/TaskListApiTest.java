package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class TaskListApiTest extends EndToEndTest {

    private Api owner;
    private String ownerId;
    private String project;
    private List<String> columns;
    private String red;
    private String blue;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void tasks() {
        owner = api.newMember("tasklist-" + run + "@example.com");
        ownerId = owner.get("/api/v1/me").text("id");
        project = owner.post("/api/v1/projects", "{\"name\":\"List " + run + "\"}").text("id");
        columns = WorkDatabase.columnIds(project);
        red = owner.post("/api/v1/projects/" + project + "/labels", "{\"name\":\"red\",\"color\":\"#ff0000\"}").text("id");
        blue = owner.post("/api/v1/projects/" + project + "/labels", "{\"name\":\"blue\",\"color\":\"#0000ff\"}").text("id");
        create("{\"title\":\"Alpha fix\",\"priority\":\"URGENT\",\"dueDate\":\"" + today.minusDays(2) + "\",\"assigneeId\":\"" + ownerId
                + "\",\"labelIds\":[\"" + red + "\",\"" + blue + "\"]}");
        create("{\"title\":\"Beta 100%\",\"priority\":\"LOW\",\"dueDate\":\"" + today.plusDays(5) + "\",\"labelIds\":[\"" + red + "\"]}");
        create("{\"title\":\"Gamma\",\"priority\":\"HIGH\",\"columnId\":\"" + columns.get(2) + "\",\"dueDate\":\"" + today.minusDays(9) + "\"}");
        create("{\"title\":\"Delta fix\",\"assigneeId\":\"" + ownerId + "\",\"columnId\":\"" + columns.get(1) + "\"}");
    }

    private void create(String body) {
        assertThat(owner.post("/api/v1/projects/" + project + "/tasks", body).status()).isEqualTo(201);
    }

    private List<String> titles(String query) {
        Api.Response list = owner.get("/api/v1/projects/" + project + "/tasks" + query);
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        return list.items().stream().map(item -> item.get("title").getStringValue()).toList();
    }

    @Test
    void filtersCombineAndEachItemCarriesItsAssigneeAndLabels() {
        assertThat(titles("")).containsExactly("Delta fix", "Gamma", "Beta 100%", "Alpha fix");
        assertThat(titles("?columnId=" + columns.get(1))).containsExactly("Delta fix");
        assertThat(titles("?assigneeId=" + ownerId)).containsExactly("Delta fix", "Alpha fix");
        assertThat(titles("?assigneeId=none")).containsExactly("Gamma", "Beta 100%");
        assertThat(titles("?labelId=" + red)).containsExactly("Beta 100%", "Alpha fix");
        assertThat(titles("?labelId=" + red + "&labelId=" + blue)).containsExactly("Alpha fix");
        assertThat(titles("?priority=LOW&priority=HIGH")).containsExactly("Gamma", "Beta 100%");
        assertThat(titles("?dueBefore=" + today)).containsExactly("Gamma", "Alpha fix");
        assertThat(titles("?dueAfter=" + today)).containsExactly("Beta 100%");
        assertThat(titles("?overdue=true")).containsExactly("Alpha fix");
        assertThat(titles("?q=FIX")).containsExactly("Delta fix", "Alpha fix");
        assertThat(titles("?q=100%25")).containsExactly("Beta 100%");
        assertThat(titles("?q=fix&assigneeId=" + ownerId + "&labelId=" + blue)).containsExactly("Alpha fix");

        var alpha = owner.get("/api/v1/projects/" + project + "/tasks?q=alpha").items().getFirst();
        assertThat(alpha.get("assignee").get("id").getStringValue()).isEqualTo(ownerId);
        List<String> labels = new ArrayList<>();
        alpha.get("labels").values().forEach(label -> labels.add(label.get("name").getStringValue()));
        assertThat(labels).containsExactly("blue", "red");
    }

    @Test
    void sortsAndBothPagingModes() {
        assertThat(titles("?sort=dueDate")).containsExactly("Gamma", "Alpha fix", "Beta 100%", "Delta fix");
        assertThat(titles("?sort=dueDate,desc")).containsExactly("Beta 100%", "Alpha fix", "Gamma", "Delta fix");
        assertThat(titles("?sort=priority")).containsExactly("Alpha fix", "Gamma", "Delta fix", "Beta 100%");
        assertThat(titles("?sort=createdAt,asc")).containsExactly("Alpha fix", "Beta 100%", "Gamma", "Delta fix");
        owner.patch("/api/v1/tasks/" + owner.get("/api/v1/projects/" + project + "/tasks?q=beta").items().getFirst().get("id").getStringValue(),
                "{\"title\":\"Beta 100% edited\"}");
        assertThat(titles("?sort=updatedAt").getFirst()).isEqualTo("Beta 100% edited");

        List<String> walked = new ArrayList<>();
        Api.Response slice = owner.get("/api/v1/projects/" + project + "/tasks?sort=dueDate&limit=3");
        slice.items().forEach(item -> walked.add(item.get("title").getStringValue()));
        slice = owner.get("/api/v1/projects/" + project + "/tasks?sort=dueDate&limit=3&cursor=" + slice.text("nextCursor"));
        slice.items().forEach(item -> walked.add(item.get("title").getStringValue()));
        assertThat(slice.text("nextCursor")).isNull();
        assertThat(walked).containsExactly("Gamma", "Alpha fix", "Beta 100% edited", "Delta fix");

        Api.Response page = owner.get("/api/v1/projects/" + project + "/tasks?sort=priority&page=2&size=3");
        assertThat(page.items()).extracting(item -> item.get("title").getStringValue()).containsExactly("Beta 100% edited");
        assertThat(page.json().get("totalItems").getLongValue()).isEqualTo(4);
    }

    @Test
    void deletedTasksAreListedOnlyWhenAskedAndBadParametersAreRefused() {
        String gamma = owner.get("/api/v1/projects/" + project + "/tasks?q=gamma").items().getFirst().get("id").getStringValue();
        owner.delete("/api/v1/tasks/" + gamma);
        assertThat(titles("")).doesNotContain("Gamma");
        assertThat(titles("?deleted=only")).containsExactly("Gamma");

        assertProblem(owner.get("/api/v1/projects/" + project + "/tasks?assigneeId=nobody"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects/" + project + "/tasks?priority=SOON"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects/" + project + "/tasks?dueBefore=tomorrow"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects/" + project + "/tasks?sort=title"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects/" + project + "/tasks?labelId=x"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects/" + project + "/tasks?colour=red"), 400, "validation");
        assertProblem(api.newMember("tasklist-stranger-" + run + "@example.com").get("/api/v1/projects/" + project + "/tasks"), 404, "not-found");
    }
}
