package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cursor-paged list of the identity and work contexts binds its cursors to what the list is of: the ids in its
 * path, its route and the caller. A cursor of the same list of another project, task or caller is a 400 naming
 * {@code cursor}, never a slice of the wrong list.
 */
@MicronautTest
class ForeignCursorApiTest extends EndToEndTest {

    private TestUser ada;
    private TestUser bob;
    private String project;
    private String otherProject;
    private String task;
    private String otherTask;

    @BeforeEach
    void twoProjectsOfOneOwnerWithAMemberOfBoth() {
        ada = signedInUser("ada");
        bob = signedInUser("bob");
        project = ada.client().post("/api/v1/projects", "{\"name\":\"Cursors " + run + "\"}").text("id");
        otherProject = ada.client().post("/api/v1/projects", "{\"name\":\"Other cursors " + run + "\"}").text("id");
        for (String each : List.of(project, otherProject)) {
            addToProject(ada, each, bob, "MEMBER");
            for (int n = 0; n < 3; n++) {
                String created = ada.client().post("/api/v1/projects/" + each + "/tasks",
                        "{\"title\":\"Walker " + n + "\",\"description\":\"a walker task\"}").text("id");
                ada.client().post("/api/v1/tasks/" + created + "/comments", "{\"body\":\"First comment\"}");
                ada.client().post("/api/v1/tasks/" + created + "/comments", "{\"body\":\"Second comment\"}");
                ada.client().post("/api/v1/projects/" + each + "/documents", "{\"title\":\"Walker doc " + n + "\"}");
                if (each.equals(project)) {
                    task = created;
                } else {
                    otherTask = created;
                }
            }
        }
    }

    /** The nextCursor of the first slice of {@code path} (which asks for a small limit), as {@code who} gets it. */
    private static String cursorOf(TestUser who, String path) {
        Api.Response first = who.client().get(path);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.text("nextCursor")).as("nextCursor of %s", path).isNotNull();
        return first.text("nextCursor");
    }

    private static void continues(TestUser who, String path, String cursor) {
        Api.Response next = who.client().get(path + "&cursor=" + cursor);
        assertThat(next.status()).as("%s with its own cursor: %s", path, next).isEqualTo(200);
        assertThat(next.items()).isNotEmpty();
    }

    private static void refused(TestUser who, String path, String cursor) {
        Api.Response foreign = assertProblem(who.client().get(path + "&cursor=" + cursor), 400, "validation");
        assertThat(errorFields(foreign)).as("%s", foreign).containsExactly("cursor");
    }

    @Test
    void aProjectsTaskCursorIsRefusedOnAnotherProjectsTasks() {
        String tasks = "/api/v1/projects/" + project + "/tasks?limit=2";
        String cursor = cursorOf(ada, tasks);

        continues(ada, tasks, cursor);
        refused(ada, "/api/v1/projects/" + otherProject + "/tasks?limit=2", cursor);
    }

    @Test
    void aProjectSearchCursorIsRefusedByTheCallersSearchAndAnotherProjects() {
        String search = "/api/v1/projects/" + project + "/search?q=walker&limit=1";
        String cursor = cursorOf(ada, search);

        continues(ada, search, cursor);
        refused(ada, "/api/v1/search?q=walker&limit=1", cursor);
        refused(ada, "/api/v1/projects/" + otherProject + "/search?q=walker&limit=1", cursor);
        String everywhere = cursorOf(ada, "/api/v1/search?q=walker&limit=1");
        refused(ada, search, everywhere);
    }

    @Test
    void theCallersSearchCursorIsRefusedToAnotherCaller() {
        String search = "/api/v1/search?q=walker&limit=1";
        String cursor = cursorOf(ada, search);

        continues(ada, search, cursor);
        refused(bob, search, cursor);
    }

    @Test
    void documentCommentAndActivityCursorsAreBoundToTheirProjectOrTask() {
        String documents = "/api/v1/projects/" + project + "/documents?limit=1";
        String documentCursor = cursorOf(ada, documents);
        continues(ada, documents, documentCursor);
        refused(ada, "/api/v1/projects/" + otherProject + "/documents?limit=1", documentCursor);

        String comments = "/api/v1/tasks/" + task + "/comments?limit=1";
        String commentCursor = cursorOf(ada, comments);
        continues(ada, comments, commentCursor);
        refused(ada, "/api/v1/tasks/" + otherTask + "/comments?limit=1", commentCursor);

        String activity = "/api/v1/projects/" + project + "/activity?limit=1";
        String activityCursor = cursorOf(ada, activity);
        continues(ada, activity, activityCursor);
        refused(ada, "/api/v1/projects/" + otherProject + "/activity?limit=1", activityCursor);

        String taskActivity = "/api/v1/tasks/" + task + "/activity?limit=1";
        String taskActivityCursor = cursorOf(ada, taskActivity);
        continues(ada, taskActivity, taskActivityCursor);
        refused(ada, "/api/v1/tasks/" + otherTask + "/activity?limit=1", taskActivityCursor);
    }

    @Test
    void theCallersOwnListsRefuseAnotherCallersCursor() {
        String projects = "/api/v1/projects?limit=1";
        String projectCursor = cursorOf(ada, projects);
        continues(ada, projects, projectCursor);
        refused(bob, projects, projectCursor);

        // Two projects of bob's handed to ada leave her two notifications.
        for (String name : List.of("Gift one ", "Gift two ")) {
            String gift = bob.client().post("/api/v1/projects", "{\"name\":\"" + name + run + "\"}").text("id");
            addToProject(bob, gift, ada, "MEMBER");
            assertThat(bob.client().post("/api/v1/projects/" + gift + "/transfer-ownership",
                    "{\"newOwnerId\":\"" + ada.id() + "\"}").status()).isEqualTo(200);
        }
        String notifications = "/api/v1/me/notifications?limit=1";
        String notificationCursor = cursorOf(ada, notifications);
        continues(ada, notifications, notificationCursor);
        refused(bob, notifications, notificationCursor);

        String users = "/api/v1/users?limit=1";
        String userCursor = cursorOf(ada, users);
        continues(ada, users, userCursor);
        refused(bob, users, userCursor);
    }

    @Test
    void aColumnCursorIsTheCallersOwn() {
        String column = WorkDatabase.columnIds(project).getFirst();
        String cursor = ada.client().get("/api/v1/projects/" + project + "/board?tasksPerColumn=1").json()
                .get("columns").get(0).get("nextCursor").getStringValue();

        continues(ada, "/api/v1/columns/" + column + "/tasks?limit=1", cursor);
        refused(bob, "/api/v1/columns/" + column + "/tasks?limit=1", cursor);
    }
}
