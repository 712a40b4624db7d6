package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class SearchApiTest extends EndToEndTest {

    private TestUser owner;
    private String project;

    @BeforeEach
    void project() {
        owner = signedInUser("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Search " + run + "\"}").text("id");
    }

    private String task(String title, String description) {
        return owner.client().post("/api/v1/projects/" + project + "/tasks",
                "{\"title\":\"" + title + "\",\"description\":\"" + description + "\"}").text("id");
    }

    private Api.Response search(TestUser who, String query) {
        return who.client().get("/api/v1/projects/" + project + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> titles(Api.Response found) {
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.items().stream().map(hit -> hit.get("type").getStringValue() + ":"
                + hit.get("title").getStringValue()).toList();
    }

    @Test
    void findsTasksCommentsAndDocumentsRankingTitlesAboveTexts() {
        String inText = task("Paint the hull", "The keel needs a new coat first");
        String inTitle = task("Inspect the keel", "Before launch");
        owner.client().post("/api/v1/tasks/" + inText + "/comments", "{\"body\":\"I checked the keel yesterday\"}");
        owner.client().post("/api/v1/projects/" + project + "/documents", "{\"title\":\"Keel drawings\",\"body\":\"Scale 1:20\"}");
        task("Unrelated", "nothing here");

        Api.Response found = search(owner, "keel");

        List<String> hits = titles(found);
        assertThat(hits).hasSize(4);
        assertThat(hits.subList(0, 2)).containsExactlyInAnyOrder("task:Inspect the keel", "document:Keel drawings");
        assertThat(hits.subList(2, 4)).containsExactlyInAnyOrder("task:Paint the hull", "comment:Paint the hull");
        JsonNode comment = found.items().stream()
                .filter(hit -> hit.get("type").getStringValue().equals("comment")).findFirst().orElseThrow();
        assertThat(comment.get("taskId").getStringValue()).isEqualTo(inText);
        assertThat(comment.get("projectId").getStringValue()).isEqualTo(project);
        assertThat(comment.get("snippet").getStringValue()).isEqualTo("I checked the <mark>keel</mark> yesterday");
        JsonNode first = found.json().get("items").get(0);
        assertThat(first.get("taskId")).isNull();
        assertThat(first.get("rank").getNumberValue().doubleValue())
                .isGreaterThan(found.json().get("items").get(3).get("rank").getNumberValue().doubleValue());
        assertThat(found.json().get("suggestions").size()).isZero();
        assertThat(inTitle).isNotNull();
    }

    @Test
    void webSearchSyntaxHandlesPhrasesExclusionsAndOr() {
        task("Launch the boat", "Red sails and a blue hull");
        task("Sell the boat", "Blue sails");
        task("Fix sails", "Red sails need stitching");

        assertThat(titles(search(owner, "\"red sails\""))).containsExactlyInAnyOrder("task:Launch the boat", "task:Fix sails");
        assertThat(titles(search(owner, "sails -red"))).containsExactly("task:Sell the boat");
        assertThat(titles(search(owner, "launch or sell"))).containsExactlyInAnyOrder("task:Launch the boat", "task:Sell the boat");
        assertThat(titles(search(owner, "boat sails"))).containsExactlyInAnyOrder("task:Launch the boat", "task:Sell the boat");
    }

    @Test
    void snippetsEscapeTheTextAndOnlyMarkTheMatches() {
        task("Markup <b>bold</b> & co", "<script>alert('x')</script> harbour plan");

        Api.Response found = search(owner, "harbour");

        String snippet = found.json().get("items").get(0).get("snippet").getStringValue();
        assertThat(snippet).contains("<mark>harbour</mark>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void pagesByRankThenIdWithoutRepeatsOrGaps() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(task("anchor " + i, i % 2 == 0 ? "anchor anchor chain" : "rope"));
        }
        List<String> seen = new ArrayList<>();
        String path = "/api/v1/projects/" + project + "/search?q=anchor&limit=3";
        Api.Response page = owner.client().get(path);
        while (true) {
            seen.addAll(page.itemIds());
            String next = page.text("nextCursor");
            if (next == null) {
                break;
            }
            page = owner.client().get(path + "&cursor=" + next);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        assertProblem(owner.client().get(path + "&page=1"), 400, "validation");
    }

    @Test
    void anEmptyResultSuggestsSimilarTaskTitles() {
        task("Migrate the database", "");
        task("Database backups", "");
        task("Paint", "");

        Api.Response found = search(owner, "databse");

        assertThat(found.json().get("items").size()).isZero();
        List<String> suggestions = new ArrayList<>();
        found.json().get("suggestions").values().forEach(s -> suggestions.add(s.getStringValue()));
        assertThat(suggestions).containsExactlyInAnyOrder("Migrate the database", "Database backups");
    }

    @Test
    void typesNarrowTheSearchAndGlobalSearchCoversOnlyMyProjects() {
        String mine = task("Compass calibration", "");
        owner.client().post("/api/v1/tasks/" + mine + "/comments", "{\"body\":\"compass is off\"}");
        TestUser stranger = signedInUser("stranger");
        String theirs = stranger.client().post("/api/v1/projects", "{\"name\":\"Other " + run + "\"}").text("id");
        stranger.client().post("/api/v1/projects/" + theirs + "/tasks", "{\"title\":\"Compass of " + run + "\"}");

        Api.Response onlyComments = owner.client().get("/api/v1/projects/" + project + "/search?q=compass&types=comment");
        assertThat(titles(onlyComments)).containsExactly("comment:Compass calibration");
        Api.Response everywhere = owner.client().get("/api/v1/search?q=compass");
        assertThat(titles(everywhere)).containsExactlyInAnyOrder("task:Compass calibration", "comment:Compass calibration");
        assertThat(titles(stranger.client().get("/api/v1/search?q=compass"))).containsExactly("task:Compass of " + run);
        assertProblem(stranger.client().get("/api/v1/projects/" + project + "/search?q=compass"), 404, "not-found");
    }

    @Test
    void deletedContentIsNotFound() {
        String task = task("Rudder repair", "");
        owner.client().delete("/api/v1/tasks/" + task);

        assertThat(titles(search(owner, "rudder"))).isEmpty();
    }

    @Test
    void badParametersAreReportedTogether() {
        Api.Response refused = assertProblem(owner.client().get("/api/v1/projects/" + project + "/search?types=task,notes"), 400, "validation");

        assertThat(errorFields(refused)).containsExactlyInAnyOrder("q", "types");
    }
}
