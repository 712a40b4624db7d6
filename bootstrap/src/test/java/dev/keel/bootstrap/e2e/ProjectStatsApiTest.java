package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@MicronautTest
class ProjectStatsApiTest extends EndToEndTest {

    @Test
    void theFiguresCountOpenDoneOverdueTasksByColumnAssigneePriorityAndWeek() {
        Api owner = api.newMember("stats-" + run + "@example.com");
        String ownerId = owner.get("/api/v1/me").text("id");
        String project = owner.post("/api/v1/projects", "{\"name\":\"Stats " + run + "\"}").text("id");
        List<String> columns = WorkDatabase.columnIds(project);
        String tasks = "/api/v1/projects/" + project + "/tasks";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String overdue = owner.post(tasks, "{\"title\":\"late\",\"priority\":\"HIGH\",\"dueDate\":\"" + today.minusDays(1)
                + "\",\"assigneeId\":\"" + ownerId + "\"}").text("id");
        String dueToday = owner.post(tasks, "{\"title\":\"today\",\"dueDate\":\"" + today + "\",\"columnId\":\"" + columns.get(1) + "\"}").text("id");
        String doneNow = owner.post(tasks, "{\"title\":\"done now\",\"columnId\":\"" + columns.get(2) + "\",\"assigneeId\":\"" + ownerId + "\"}").text("id");
        String doneLastWeek = owner.post(tasks, "{\"title\":\"done before\",\"columnId\":\"" + columns.get(2) + "\"}").text("id");
        String deleted = owner.post(tasks, "{\"title\":\"deleted\",\"priority\":\"URGENT\"}").text("id");
        owner.delete("/api/v1/tasks/" + deleted);
        // Ages and completion times the API cannot set: the open tasks are 10 and 20 hours old.
        WorkDatabase.execute("UPDATE task SET created_at = now() - interval '10 hours' WHERE id = ?::uuid", overdue);
        WorkDatabase.execute("UPDATE task SET created_at = now() - interval '20 hours' WHERE id = ?::uuid", dueToday);
        WorkDatabase.execute("UPDATE task SET created_at = now() - interval '30 days', completed_at = now() - interval '7 days' WHERE id = ?::uuid", doneLastWeek);

        Api.Response stats = owner.get("/api/v1/projects/" + project + "/stats");

        assertThat(stats.status()).isEqualTo(200);
        JsonNode body = stats.json();
        assertThat(body.get("openCount").getLongValue()).isEqualTo(2);
        assertThat(body.get("doneCount").getLongValue()).isEqualTo(2);
        assertThat(body.get("overdueCount").getLongValue()).isEqualTo(1);
        assertThat(body.get("averageOpenAgeHours").getDoubleValue()).isCloseTo(15.0, within(0.1));
        assertThat(list(body, "byColumn")).extracting(c -> c.get("name").getStringValue() + "=" + c.get("count").getLongValue())
                .containsExactly("To Do=1", "In Progress=1", "Done=2");
        assertThat(list(body, "byColumn").getFirst().get("columnId").getStringValue()).isEqualTo(columns.get(0));
        assertThat(list(body, "byPriority")).extracting(p -> p.get("priority").getStringValue() + "=" + p.get("open").getLongValue())
                .containsExactly("LOW=0", "MEDIUM=1", "HIGH=1", "URGENT=0");
        List<JsonNode> assignees = list(body, "byAssignee");
        assertThat(assignees).hasSize(2);
        assertThat(assignees.get(0).get("assigneeId").getStringValue()).isEqualTo(ownerId);
        assertThat(assignees.get(0).get("open").getLongValue()).isEqualTo(1);
        assertThat(assignees.get(0).get("done").getLongValue()).isEqualTo(1);
        assertThat(assignees.get(1).get("assigneeId").isNull()).isTrue();
        assertThat(assignees.get(1).get("open").getLongValue()).isEqualTo(1);
        assertThat(assignees.get(1).get("done").getLongValue()).isEqualTo(1);
        List<JsonNode> weeks = list(body, "completedPerWeek");
        assertThat(weeks).hasSize(12);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(weeks.getLast().get("weekStart").getStringValue()).isEqualTo(monday.toString());
        assertThat(weeks.getFirst().get("weekStart").getStringValue()).isEqualTo(monday.minusWeeks(11).toString());
        assertThat(weeks.getLast().get("count").getLongValue()).isEqualTo(1);
        assertThat(weeks.get(10).get("count").getLongValue()).isEqualTo(1);
        assertThat(weeks.subList(0, 10)).allSatisfy(week -> assertThat(week.get("count").getLongValue()).isZero());
        assertThat(doneNow).isNotNull();
    }

    @Test
    void anEmptyProjectHasZeroFiguresAndOutsidersSeeNothing() {
        Api owner = api.newMember("stats-empty-" + run + "@example.com");
        String project = owner.post("/api/v1/projects", "{\"name\":\"Empty " + run + "\"}").text("id");

        JsonNode body = owner.get("/api/v1/projects/" + project + "/stats").json();

        assertThat(body.get("openCount").getLongValue()).isZero();
        assertThat(body.get("averageOpenAgeHours").isNull()).isTrue();
        assertThat(list(body, "byColumn")).hasSize(3);
        assertThat(list(body, "byAssignee")).isEmpty();
        assertThat(list(body, "byPriority")).hasSize(4);
        assertThat(list(body, "completedPerWeek")).hasSize(12);
        assertProblem(api.newMember("stats-stranger-" + run + "@example.com").get("/api/v1/projects/" + project + "/stats"), 404, "not-found");
        assertProblem(anonymous.get("/api/v1/projects/" + project + "/stats"), 401, "unauthorized");
    }

    private static List<JsonNode> list(JsonNode body, String field) {
        List<JsonNode> items = new ArrayList<>();
        body.get(field).values().forEach(items::add);
        return items;
    }
}
