package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ProjectListApiTest extends EndToEndTest {

    private Api user(String label) {
        return api.newMember(label + "-" + run + "@example.com");
    }

    private String project(Api owner, String name) {
        return owner.post("/api/v1/projects", "{\"name\":\"" + name + "\"}").text("id");
    }

    private void tasks(Api owner, String project, int open, int done) {
        String doneColumn = WorkDatabase.columnIds(project).get(2);
        for (int i = 0; i < open; i++) {
            owner.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"open " + i + "\"}");
        }
        for (int i = 0; i < done; i++) {
            owner.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"done " + i + "\",\"columnId\":\"" + doneColumn + "\"}");
        }
    }

    private static List<String> names(Api.Response list) {
        return list.items().stream().map(item -> item.get("name").getStringValue()).toList();
    }

    @Test
    void theCallerSeesTheProjectsTheyBelongToFilteredSortedAndPaged() {
        Api ada = user("ada");
        Api bob = user("bob");
        String bobsId = bob.get("/api/v1/me").text("id");
        String alpha = project(ada, "Alpha " + run);
        String gamma = project(ada, "Gamma 50% " + run);
        String beta = project(ada, "beta " + run);
        String shared = project(bob, "Shared " + run);
        project(bob, "Hidden " + run);
        bob.send("PUT", "/api/v1/projects/" + shared + "/members/" + ada.get("/api/v1/me").text("id"), Api.JSON, "{\"role\":\"VIEWER\"}");
        tasks(ada, alpha, 3, 1);
        tasks(ada, gamma, 1, 2);
        tasks(bob, shared, 2, 0);
        assertThat(bobsId).isNotNull();

        Api.Response newestFirst = ada.get("/api/v1/projects");
        assertThat(newestFirst.status()).isEqualTo(200);
        assertThat(names(newestFirst)).containsExactly("Shared " + run, "beta " + run, "Gamma 50% " + run, "Alpha " + run);
        assertThat(newestFirst.text("nextCursor")).isNull();
        var alphaItem = newestFirst.items().getLast();
        assertThat(alphaItem.get("openTaskCount").getLongValue()).isEqualTo(3);
        assertThat(alphaItem.get("doneTaskCount").getLongValue()).isEqualTo(1);

        assertThat(names(ada.get("/api/v1/projects?sort=name"))).containsExactly("Alpha " + run, "Gamma 50% " + run, "Shared " + run, "beta " + run);
        assertThat(names(ada.get("/api/v1/projects?sort=name,desc"))).containsExactly("beta " + run, "Shared " + run, "Gamma 50% " + run, "Alpha " + run);
        assertThat(names(ada.get("/api/v1/projects?q=ALPHA"))).containsExactly("Alpha " + run);
        // "50" may also look like the random run suffix of the other names (a fuzzy match): the literal match ranks first.
        assertThat(names(ada.get("/api/v1/projects?q=50%25"))).first().isEqualTo("Gamma 50% " + run);
        // LIKE's wildcards are plain characters, and carry no trigrams to match fuzzily.
        assertThat(names(ada.get("/api/v1/projects?q=%25"))).containsExactly("Gamma 50% " + run);
        assertThat(names(ada.get("/api/v1/projects?q=_"))).isEmpty();
        assertThat(names(ada.get("/api/v1/projects?minOpenTasks=2&sort=name"))).containsExactly("Alpha " + run, "Shared " + run);
        assertThat(names(ada.get("/api/v1/projects?minOpenTasks=0"))).hasSize(4);

        List<String> walked = new ArrayList<>();
        Api.Response slice = ada.get("/api/v1/projects?sort=name&limit=3");
        walked.addAll(names(slice));
        assertThat(slice.text("nextCursor")).isNotNull();
        slice = ada.get("/api/v1/projects?sort=name&limit=3&cursor=" + slice.text("nextCursor"));
        walked.addAll(names(slice));
        assertThat(slice.text("nextCursor")).isNull();
        assertThat(walked).containsExactly("Alpha " + run, "Gamma 50% " + run, "Shared " + run, "beta " + run);

        Api.Response page = ada.get("/api/v1/projects?sort=name&page=2&size=3");
        assertThat(names(page)).containsExactly("beta " + run);
        assertThat(page.json().get("totalItems").getLongValue()).isEqualTo(4);
        assertThat(page.json().get("totalPages").getLongValue()).isEqualTo(2);
        assertThat(beta).isNotNull();
    }

    @Test
    void aTextSearchFindsMisspeltNamesBestMatchFirst() {
        Api ada = user("fuzzy");
        project(ada, "Keel " + run);
        project(ada, "Kepler telescope " + run);
        project(ada, "Harbour " + run);

        Api.Response typo = ada.get("/api/v1/projects?q=kepl");

        assertThat(names(typo)).containsExactly("Kepler telescope " + run, "Keel " + run);
        assertThat(names(ada.get("/api/v1/projects?q=harbor"))).containsExactly("Harbour " + run);
        assertThat(names(ada.get("/api/v1/projects?q=kepl&sort=name,asc"))).containsExactly("Keel " + run, "Kepler telescope " + run);
        Api.Response firstSlice = ada.get("/api/v1/projects?q=kepl&limit=1");
        assertThat(names(firstSlice)).containsExactly("Kepler telescope " + run);
        assertThat(names(ada.get("/api/v1/projects?q=kepl&limit=1&cursor=" + firstSlice.text("nextCursor")))).containsExactly("Keel " + run);
        assertThat(names(ada.get("/api/v1/projects?q=zzqx"))).isEmpty();
        assertProblem(ada.get("/api/v1/projects?sort=relevance"), 400, "validation");
    }

    @Test
    void deletedOnlyListsTheDeletedProjectsTheCallerOwns() {
        Api owner = user("owner");
        Api member = user("member");
        String gone = project(owner, "Gone " + run);
        project(owner, "Kept " + run);
        owner.send("PUT", "/api/v1/projects/" + gone + "/members/" + member.get("/api/v1/me").text("id"), Api.JSON, "{\"role\":\"ADMIN\"}");
        owner.delete("/api/v1/projects/" + gone);

        assertThat(names(owner.get("/api/v1/projects"))).containsExactly("Kept " + run);
        Api.Response deleted = owner.get("/api/v1/projects?deleted=only");
        assertThat(names(deleted)).containsExactly("Gone " + run);
        assertThat(deleted.items().getFirst().get("deletedAt").getStringValue()).isNotBlank();
        assertThat(member.get("/api/v1/projects").items()).isEmpty();
        assertThat(member.get("/api/v1/projects?deleted=only").items()).isEmpty();
    }

    @Test
    void badListParametersAreRefused() {
        Api owner = user("refusals");
        String cursor = null;
        for (int i = 0; i < 2; i++) {
            project(owner, "P" + i + " " + run);
        }
        cursor = owner.get("/api/v1/projects?limit=1").text("nextCursor");

        assertProblem(owner.get("/api/v1/projects?minOpenTasks=-1"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects?minOpenTasks=many"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects?sort=slug"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects?owner=me"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects?limit=101"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects?deleted=all"), 400, "validation");
        assertProblem(owner.get("/api/v1/projects?sort=name&cursor=" + cursor), 400, "validation");
        assertProblem(owner.get("/api/v1/projects?cursor=" + cursor + "x"), 400, "validation");
        assertProblem(anonymous.get("/api/v1/projects"), 401, "unauthorized");
    }

    @Test
    void anUndecodableValueIsReportedWithTheOtherFaultyParameters() {
        Api owner = user("undecodable");
        for (String q : List.of("%00", "%ED%A0%80")) {
            Api.Response refused = assertProblem(owner.get("/api/v1/projects?q=" + q + "&sort=foo&limit=0&foo=1"),
                    400, "validation");
            assertThat(errorFields(refused)).as(q).contains("q", "sort", "foo").doesNotHaveDuplicates();
        }
        assertThat(errorFields(assertProblem(owner.get("/api/v1/projects?q=%00"), 400, "validation"))).containsExactly("q");
        assertThat(errorFields(assertProblem(owner.get("/api/v1/projects?minOpenTasks=%00"), 400, "validation")))
                .containsExactly("minOpenTasks");
        assertProblem(anonymous.get("/api/v1/projects?q=%00"), 401, "unauthorized");
    }
}
