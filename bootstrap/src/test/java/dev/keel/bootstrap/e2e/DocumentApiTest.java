package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class DocumentApiTest extends EndToEndTest {

    private TestUser owner;
    private String project;

    @BeforeEach
    void project() {
        owner = signedInUser("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Documents " + run + "\"}").text("id");
    }

    private Api.Response write(TestUser author, String json) {
        return author.client().post("/api/v1/projects/" + project + "/documents", json);
    }

    private String writeDocument(String title, String metadata) {
        Api.Response created = write(owner, "{\"title\":\"" + title + "\",\"metadata\":" + metadata + "}");
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    private List<String> titles(String query) {
        Api.Response listed = owner.client().get("/api/v1/projects/" + project + "/documents?sort=title,asc&" + query);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.items().stream().map(item -> item.get("title").getStringValue()).toList();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aDocumentKeepsItsMetadataAsGiven() {
        Api.Response created = write(owner, """
                {"title":" Contract ","body":"Terms.","metadata":{"status":"draft","pages":12,"ratio":1.50,
                 "tags":["legal","q3"],"review":{"by":"ann","notes":null},"signed":false}}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/documents/" + created.text("id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        Api.Response read = owner.client().get("/api/v1/documents/" + created.text("id"));
        assertThat(read.text("title")).isEqualTo("Contract");
        assertThat(read.text("body")).isEqualTo("Terms.");
        assertThat(read.text("projectId")).isEqualTo(project);
        assertThat(read.json().get("createdBy").get("id").getStringValue()).isEqualTo(owner.id());
        var metadata = read.json().get("metadata");
        assertThat(metadata.get("pages").getNumberValue().intValue()).isEqualTo(12);
        assertThat(metadata.get("ratio").getNumberValue().doubleValue()).isEqualTo(1.5);
        assertThat(metadata.get("tags").get(1).getStringValue()).isEqualTo("q3");
        assertThat(metadata.get("review").get("notes").isNull()).isTrue();
        assertThat(metadata.get("signed").getBooleanValue()).isFalse();
    }

    @Test
    void withoutMetadataADocumentHasAnEmptyObject() {
        Api.Response created = write(owner, "{\"title\":\"Plain\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("metadata").isObject()).isTrue();
        assertThat(created.json().get("metadata").size()).isZero();
        assertThat(created.json().get("body").isNull()).isTrue();
    }

    @Test
    void aMergePatchRemovesOnlyTheNulledKeyInsideTheMetadata() {
        String id = writeDocument("Spec", "{\"status\":\"draft\",\"reviewer\":\"ann\",\"review\":{\"round\":1,\"by\":\"ann\"}}");

        Api.Response patched = owner.client().send("PATCH", "/api/v1/documents/" + id, Api.MERGE_PATCH,
                "{\"metadata\":{\"reviewer\":null,\"review\":{\"round\":2,\"by\":null},\"status\":\"approved\"}}", "If-Match", "\"0\"");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        var metadata = patched.json().get("metadata");
        assertThat(metadata.get("reviewer")).isNull();
        assertThat(metadata.get("status").getStringValue()).isEqualTo("approved");
        assertThat(metadata.get("review").get("round").getNumberValue().intValue()).isEqualTo(2);
        assertThat(metadata.get("review").get("by")).isNull();
        assertThat(patched.text("title")).isEqualTo("Spec");
        assertProblem(owner.client().patch("/api/v1/documents/" + id, "{\"title\":\"stale\"}", "If-Match", "\"0\""), 412, "precondition-failed");
        Api.Response cleared = owner.client().patch("/api/v1/documents/" + id, "{\"body\":null,\"title\":\"Spec v2\"}");
        assertThat(cleared.text("title")).isEqualTo("Spec v2");
        assertThat(cleared.json().get("body").isNull()).isTrue();
    }

    @Test
    void anUnchangedPatchKeepsTheVersion() {
        String id = writeDocument("Same", "{\"a\":1}");

        Api.Response patched = owner.client().patch("/api/v1/documents/" + id, "{\"title\":\"Same\",\"metadata\":{\"a\":1}}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("version").getLongValue()).isZero();
    }

    @Test
    void metadataBeyondTenLevelsOr64KilobytesIsRefusedAlsoAfterAMerge() {
        String deep = "{\"a\":".repeat(10) + "1" + "}".repeat(10);
        String tooDeep = "{\"a\":".repeat(11) + "1" + "}".repeat(11);
        assertThat(write(owner, "{\"title\":\"deep\",\"metadata\":" + deep + "}").status()).isEqualTo(201);
        Api.Response refused = assertProblem(write(owner, "{\"title\":\"deeper\",\"metadata\":" + tooDeep + "}"), 400, "validation");
        assertThat(errorFields(refused)).containsExactly("metadata");

        String big = "x".repeat(60_000);
        String id = writeDocument("big", "{\"text\":\"" + big + "\"}");
        Api.Response grown = assertProblem(owner.client().patch("/api/v1/documents/" + id,
                "{\"metadata\":{\"more\":\"" + "y".repeat(10_000) + "\"}}"), 400, "validation");
        assertThat(errorFields(grown)).containsExactly("metadata");
        assertThat(owner.client().get("/api/v1/documents/" + id).json().get("metadata").get("more")).isNull();
    }

    @Test
    void metadataNumbersOfMoreThanFiveHundredDigitsWrittenOutAreRefusedWhereverMetadataIsRead() {
        for (String number : List.of("1e500", "-1e500", "1e-500", "1e1000", "1e-16383", "1e131072", "1.5e500")) {
            Api.Response refused = assertProblem(write(owner, "{\"title\":\"d\",\"metadata\":{\"k\":" + number + "}}"),
                    400, "validation");
            assertThat(errorFields(refused)).as(number).containsExactly("metadata");
            assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?metadata="
                    + encoded("{\"a\":[" + number + "]}")), 400, "validation");
        }
        Api.Response unreadable = assertProblem(write(owner, "{\"title\":\"d\",\"metadata\":{\"k\":1e99999999999999999999}}"),
                400, "validation");
        assertThat(errorFields(unreadable)).containsExactly("metadata.k");
        assertThat(errorFields(assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?metadata="
                + encoded("{\"a\":1e99999999999999999999}")), 400, "validation"))).containsExactly("metadata");

        String id = writeDocument("exact", "{\"big\":1e499,\"small\":-1e-499,\"long\":0." + "1".repeat(499) + "}");
        Api.Response read = owner.client().get("/api/v1/documents/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"big\":1" + "0".repeat(499), "\"small\":-1E-499",
                "\"long\":0." + "1".repeat(499));
        assertThat(titles("metadata=" + encoded("{\"big\":1e499}"))).containsExactly("exact");
        Api.Response grown = assertProblem(owner.client().patch("/api/v1/documents/" + id, "{\"metadata\":{\"more\":1e1000}}"),
                400, "validation");
        assertThat(errorFields(grown)).containsExactly("metadata");
        assertThat(owner.client().get("/api/v1/projects/" + project + "/documents").status()).isEqualTo(200);
    }

    @Test
    void badFieldsAreReportedTogether() {
        Api.Response mistyped = assertProblem(write(owner, "{\"title\":\"x\",\"metadata\":[1,2],\"extra\":1}"), 400, "validation");
        assertThat(errorFields(mistyped)).containsExactlyInAnyOrder("metadata", "extra");
        String tooDeep = "{\"a\":".repeat(11) + "1" + "}".repeat(11);
        Api.Response invalid = assertProblem(write(owner, "{\"title\":\" \",\"body\":\"\\u0007\",\"metadata\":" + tooDeep + "}"), 400, "validation");
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("title", "body", "metadata");
        assertProblem(owner.client().patch("/api/v1/documents/" + writeDocument("t", "{}"), "{\"metadata\":null}"), 400, "validation");
    }

    @Test
    void containmentKeyAndPathFiltersCombine() {
        writeDocument("A approved legal", "{\"status\":\"approved\",\"tags\":[\"legal\",\"q3\"],\"pages\":30}");
        writeDocument("B approved", "{\"status\":\"approved\",\"tags\":[\"sales\"],\"pages\":5,\"reviewer\":\"bo\"}");
        writeDocument("C draft legal", "{\"status\":\"draft\",\"tags\":[\"legal\"],\"pages\":12}");
        writeDocument("D no pages", "{\"status\":\"approved\"}");

        assertThat(titles("metadata=" + encoded("{\"status\":\"approved\",\"tags\":[\"legal\"]}"))).containsExactly("A approved legal");
        assertThat(titles("metadata=" + encoded("{\"tags\":[\"legal\"]}"))).containsExactly("A approved legal", "C draft legal");
        assertThat(titles("hasKey=pages&hasKey=reviewer")).containsExactly("B approved");
        assertThat(titles("hasKey=pages")).containsExactly("A approved legal", "B approved", "C draft legal");
        assertThat(titles("jsonPath=" + encoded("$.pages > 10"))).containsExactly("A approved legal", "C draft legal");
        assertThat(titles("jsonPath=" + encoded("$.pages > 10") + "&metadata=" + encoded("{\"status\":\"draft\"}")))
                .containsExactly("C draft legal");
    }

    @Test
    void aCommaInAKeyIsPartOfTheKeyNotASeparator() {
        writeDocument("comma key", "{\"a,b\":true}");
        writeDocument("both keys", "{\"a\":1,\"b\":2}");

        assertThat(titles("hasKey=" + encoded("a,b"))).containsExactly("comma key");
        assertThat(titles("hasKey=a&hasKey=b")).containsExactly("both keys");
    }

    @Test
    void aPathThatFailsOnlyWhenEvaluatedIsA400OnJsonPathAndHarmlessErrorsMatchNothing() {
        writeDocument("paged", "{\"pages\":3,\"a\":1,\"at\":\"2020-01-01T00:00:00\"}");
        for (String path : List.of("$.pages > $x", "$.pages > $\"x\"", "$ ? (@.pages > $limit)",
                "$.at.datetime() < \"2020-01-01T00:00:00+00\".datetime()")) {
            Api.Response refused = assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?jsonPath="
                    + encoded(path)), 400, "validation");
            assertThat(errorFields(refused)).as(path).containsExactly("jsonPath");
        }
        for (String path : List.of("$.a ? (@ / 0 > 1)", "$.a / 0 > 1", "strict $.b.c > 1", "strict $.pages[5] == 1",
                "$.pages == \"$x\"", "$ /* $x */ .pages > 100")) {
            assertThat(titles("jsonPath=" + encoded(path))).as(path).isEmpty();
        }
        assertThat(titles("jsonPath=" + encoded("$.pages > 2 /* not $x */"))).containsExactly("paged");
    }

    @Test
    void aMalformedFilterIsA400NamingIt() {
        Api.Response badPath = assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?jsonPath="
                + encoded("$.pages >")), 400, "validation");
        assertThat(errorFields(badPath)).containsExactly("jsonPath");
        Api.Response badRegex = assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?jsonPath="
                + encoded("$.title like_regex \"[\"")), 400, "validation");
        assertThat(errorFields(badRegex)).containsExactly("jsonPath");
        Api.Response notObject = assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?metadata="
                + encoded("[1]") + "&hasKey="), 400, "validation");
        assertThat(errorFields(notObject)).containsExactlyInAnyOrder("metadata", "hasKey");
        Api.Response twoBadKeys = assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?hasKey=&hasKey="
                + "k".repeat(201)), 400, "validation");
        assertThat(errorFields(twoBadKeys)).as("each parameter is named once").containsExactly("hasKey");
        assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?metadata=" + encoded("{\"a\":")), 400, "validation");
        for (String path : List.of("!!", "$.title like_regex \"[\"")) {
            Api.Response withLimit = assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?jsonPath="
                    + encoded(path) + "&limit=0"), 400, "validation");
            assertThat(errorFields(withLimit)).as(path).containsExactlyInAnyOrder("jsonPath", "limit");
        }
        assertThat(errorFields(assertProblem(owner.client().get("/api/v1/projects/" + project + "/documents?jsonPath="
                + encoded("$.pages > 1") + "&limit=0"), 400, "validation"))).containsExactly("limit");
        Api.Response undecodable = assertProblem(owner.client().get("/api/v1/projects/" + project
                + "/documents?hasKey=%00&sort=foo&limit=0&foo=1"), 400, "validation");
        assertThat(errorFields(undecodable)).contains("hasKey", "sort", "foo").doesNotHaveDuplicates();
    }

    @Test
    void sortsByTitleOrNewestFirstInBothPagingModes() {
        writeDocument("b", "{}");
        writeDocument("a", "{}");
        writeDocument("c", "{}");

        Api.Response newest = owner.client().get("/api/v1/projects/" + project + "/documents?limit=2");
        assertThat(newest.items()).extracting(item -> item.get("title").getStringValue()).containsExactly("c", "a");
        Api.Response rest = owner.client().get("/api/v1/projects/" + project + "/documents?limit=2&cursor=" + newest.text("nextCursor"));
        assertThat(rest.items()).extracting(item -> item.get("title").getStringValue()).containsExactly("b");
        assertThat(rest.text("nextCursor")).isNull();
        Api.Response page = owner.client().get("/api/v1/projects/" + project + "/documents?sort=title,desc&page=1&size=2");
        assertThat(page.items()).extracting(item -> item.get("title").getStringValue()).containsExactly("c", "b");
        assertThat(page.json().get("totalItems").getLongValue()).isEqualTo(3);
    }

    @Test
    void softDeletedDocumentsDisappearComeBackAndCanBeRemovedForGood() {
        String id = writeDocument("gone", "{}");
        TestUser member = addToProject(owner, project, signedInUser("member"), "MEMBER");

        assertThat(member.client().delete("/api/v1/documents/" + id).status()).isEqualTo(204);
        assertProblem(owner.client().get("/api/v1/documents/" + id), 404, "not-found");
        assertThat(titles("")).isEmpty();
        assertThat(titles("deleted=only")).containsExactly("gone");
        Api.Response restored = member.client().post("/api/v1/documents/" + id + "/restore", "");
        assertThat(restored.status()).isEqualTo(200);
        assertThat(titles("")).containsExactly("gone");

        assertProblem(member.client().delete("/api/v1/documents/" + id + "?permanent=true"), 403, "forbidden");
        assertThat(owner.client().delete("/api/v1/documents/" + id + "?permanent=true").status()).isEqualTo(204);
        assertProblem(owner.client().post("/api/v1/documents/" + id + "/restore", ""), 404, "not-found");
    }

    @Test
    void viewersReadButDoNotWriteAndOutsidersSeeNothing() {
        String id = writeDocument("shared", "{}");
        TestUser viewer = addToProject(owner, project, signedInUser("viewer"), "VIEWER");
        TestUser outsider = signedInUser("outsider");

        assertThat(viewer.client().get("/api/v1/documents/" + id).status()).isEqualTo(200);
        assertProblem(write(viewer, "{\"title\":\"no\"}"), 403, "forbidden");
        assertProblem(viewer.client().patch("/api/v1/documents/" + id, "{\"title\":\"no\"}"), 403, "forbidden");
        assertProblem(outsider.client().get("/api/v1/documents/" + id), 404, "not-found");
        assertProblem(outsider.client().get("/api/v1/projects/" + project + "/documents"), 404, "not-found");
    }
}
