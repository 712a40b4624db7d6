package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class CommentApiTest extends EndToEndTest {

    private TestUser owner;
    private String project;
    private String task;

    private TestUser memberWithRole(String role) {
        return addToProject(owner, project, signedInUser(role.toLowerCase()), role);
    }

    private Api.Response comment(TestUser author, String body) {
        return author.client().post("/api/v1/tasks/" + task + "/comments", "{\"body\":\"" + body + "\"}");
    }

    @BeforeEach
    void task() {
        owner = signedInUser("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Comments " + run + "\"}").text("id");
        task = owner.client().post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"discuss\"}").text("id");
    }

    @Test
    void membersCommentAndEveryoneInTheProjectReadsThemOldestFirst() {
        TestUser member = memberWithRole("MEMBER");
        Api.Response first = comment(owner, "First!");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/v1/comments/" + first.text("id"));
        assertThat(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(first.text("taskId")).isEqualTo(task);
        assertThat(first.json().get("author").get("id").getStringValue()).isEqualTo(owner.id());
        assertThat(first.text("body")).isEqualTo("First!");
        assertThat(first.json().get("editedAt").isNull()).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(comment(member, "reply " + i).status()).isEqualTo(201);
        }

        List<String> bodies = new ArrayList<>();
        Api.Response slice = owner.client().get("/api/v1/tasks/" + task + "/comments?limit=3");
        slice.items().forEach(item -> bodies.add(item.get("body").getStringValue()));
        slice = owner.client().get("/api/v1/tasks/" + task + "/comments?limit=3&cursor=" + slice.text("nextCursor"));
        slice.items().forEach(item -> bodies.add(item.get("body").getStringValue()));
        assertThat(slice.text("nextCursor")).isNull();
        assertThat(bodies).containsExactly("First!", "reply 0", "reply 1", "reply 2");
    }

    @Test
    void onlyTheAuthorEditsAndTheReplacedTextIsKept() {
        TestUser member = memberWithRole("MEMBER");
        String id = comment(member, "draft").text("id");

        Api.Response edited = member.client().patch("/api/v1/comments/" + id, "{\"body\":\"final\"}", "If-Match", "\"0\"");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("body")).isEqualTo("final");
        assertThat(edited.text("editedAt")).isNotNull();
        assertThat(edited.header("ETag")).isEqualTo("\"1\"");
        assertProblem(member.client().patch("/api/v1/comments/" + id, "{\"body\":\"stale\"}", "If-Match", "\"0\""), 412, "precondition-failed");
        assertProblem(owner.client().patch("/api/v1/comments/" + id, "{\"body\":\"not mine\"}"), 403, "forbidden");
        member.client().patch("/api/v1/comments/" + id, "{\"body\":\"final, really\"}");
        Api.Response revisions = owner.client().get("/api/v1/comments/" + id + "/revisions");
        assertThat(revisions.items()).extracting(r -> r.get("body").getStringValue()).containsExactly("draft", "final");

        // The revisions are append-only: the database refuses to change them.
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                WorkDatabase.execute("UPDATE comment_revision SET body = 'forged' WHERE comment_id = ?::uuid", id)))
                .hasMessageContaining("append-only");
    }

    @Test
    void viewersOnlyReadAuthorsOrAdminsDeleteAndStrangersSeeNothing() {
        TestUser viewer = memberWithRole("VIEWER");
        TestUser member = memberWithRole("MEMBER");
        TestUser admin = memberWithRole("ADMIN");
        TestUser stranger = signedInUser("stranger");
        String mine = comment(member, "mine").text("id");
        String other = comment(member, "other").text("id");

        assertProblem(comment(viewer, "may I?"), 403, "forbidden");
        assertThat(viewer.client().get("/api/v1/tasks/" + task + "/comments").items()).hasSize(2);
        assertProblem(stranger.client().get("/api/v1/tasks/" + task + "/comments"), 404, "not-found");
        assertProblem(comment(stranger, "hi"), 404, "not-found");
        assertProblem(stranger.client().get("/api/v1/comments/" + mine + "/revisions"), 404, "not-found");
        assertProblem(viewer.client().delete("/api/v1/comments/" + mine), 403, "forbidden");

        assertThat(member.client().delete("/api/v1/comments/" + mine).status()).isEqualTo(204);
        assertThat(admin.client().delete("/api/v1/comments/" + other).status()).isEqualTo(204);
        assertThat(owner.client().get("/api/v1/tasks/" + task + "/comments").items()).isEmpty();
        assertProblem(member.client().patch("/api/v1/comments/" + mine, "{\"body\":\"back?\"}"), 404, "not-found");
        assertProblem(comment(member, "  "), 400, "validation");
        assertProblem(member.client().post("/api/v1/tasks/" + task + "/comments", "{\"body\":\"" + "x".repeat(10_001) + "\"}"), 400, "validation");
    }
}
