package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ProjectOwnershipApiTest extends EndToEndTest {

    private TestUser owner;
    private String project;

    private TestUser memberWithRole(String role) {
        return addToProject(owner, project, signedInUser(role.toLowerCase()), role);
    }

    private Api.Response transfer(TestUser caller, String newOwnerId) {
        return caller.client().post("/api/v1/projects/" + project + "/transfer-ownership", "{\"newOwnerId\":\"" + newOwnerId + "\"}");
    }

    @BeforeEach
    void project() {
        owner = signedInUser("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Handover " + run + "\"}").text("id");
    }

    @Test
    void theOwnerHandsTheProjectToAMemberWhoIsNotifiedAndTheOldOwnerBecomesAdmin() {
        TestUser heir = memberWithRole("MEMBER");

        Api.Response transferred = transfer(owner, heir.id());

        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.text("ownerId")).isEqualTo(heir.id());
        assertThat(transferred.text("id")).isEqualTo(project);
        assertThat(transferred.json().get("notified").getBooleanValue()).isTrue();
        assertThat(transferred.header("ETag")).isEqualTo("\"1\"");
        assertThat(owner.client().get("/api/v1/projects/" + project).text("ownerId")).isEqualTo(heir.id());
        assertThat(owner.client().get("/api/v1/projects/" + project + "/members").items())
                .extracting(m -> m.get("userId").getStringValue() + ":" + m.get("role").getStringValue())
                .containsExactly(owner.id() + ":ADMIN", heir.id() + ":OWNER");
        assertProblem(owner.client().delete("/api/v1/projects/" + project), 403, "forbidden");

        Api.Response notifications = heir.client().get("/api/v1/me/notifications");
        assertThat(notifications.items()).hasSize(1);
        var notification = notifications.items().getFirst();
        assertThat(notification.get("kind").getStringValue()).isEqualTo("PROJECT_OWNERSHIP_TRANSFERRED");
        assertThat(notification.get("projectId").getStringValue()).isEqualTo(project);
        assertThat(notification.get("message").getStringValue()).contains("Handover " + run);
        assertThat(owner.client().get("/api/v1/me/notifications").items()).isEmpty();

        // And back: the new owner's notifications come newest first, a slice at a time.
        assertThat(transfer(heir, owner.id()).status()).isEqualTo(200);
        assertThat(transfer(owner, heir.id()).status()).isEqualTo(200);
        Api.Response first = heir.client().get("/api/v1/me/notifications?limit=1");
        assertThat(first.items()).hasSize(1);
        Api.Response second = heir.client().get("/api/v1/me/notifications?limit=1&cursor=" + first.text("nextCursor"));
        assertThat(second.items()).hasSize(1);
        assertThat(second.text("nextCursor")).isNull();
        assertThat(first.items().getFirst().get("createdAt").getStringValue())
                .isGreaterThanOrEqualTo(second.items().getFirst().get("createdAt").getStringValue());
        assertThat(first.itemIds()).doesNotContainAnyElementsOf(second.itemIds());
    }

    @Test
    void aFailingNotificationIsRolledBackAloneAndTheTransferStillCommits() {
        TestUser heir = memberWithRole("ADMIN");
        String trigger = "fail_notification_" + run.replace("-", "");
        WorkDatabase.execute("""
                CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.project_id = '%2$s' THEN
                        RAISE EXCEPTION 'notification refused by the test';
                    END IF;
                    RETURN NEW;
                END $$""".formatted(trigger, project));
        WorkDatabase.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON notification FOR EACH ROW EXECUTE FUNCTION " + trigger + "()");
        Api.Response transferred;
        try {
            transferred = transfer(owner, heir.id());
        } finally {
            WorkDatabase.execute("DROP TRIGGER " + trigger + " ON notification");
            WorkDatabase.execute("DROP FUNCTION " + trigger + "()");
        }

        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.json().get("notified").getBooleanValue()).isFalse();
        assertThat(transferred.text("ownerId")).isEqualTo(heir.id());
        assertThat(heir.client().get("/api/v1/projects/" + project).text("ownerId")).isEqualTo(heir.id());
        assertThat(heir.client().get("/api/v1/me/notifications").items()).isEmpty();
    }

    @Test
    void aUserWhoOwnsAProjectIsNotRemovedForGoodUntilTheProjectHasAnotherOwner() {
        TestUser member = memberWithRole("MEMBER");

        assertProblem(api.delete("/api/v1/users/" + owner.id() + "?permanent=true"), 409, "user-owns-projects");
        assertThat(owner.client().get("/api/v1/projects/" + project).text("ownerId")).isEqualTo(owner.id());

        // A member who owns nothing goes, and their membership with them.
        TestUser other = memberWithRole("VIEWER");
        assertThat(api.delete("/api/v1/users/" + other.id() + "?permanent=true").status()).isEqualTo(204);
        assertThat(owner.client().get("/api/v1/projects/" + project + "/members").items()).hasSize(2);

        assertThat(transfer(owner, member.id()).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/users/" + owner.id() + "?permanent=true").status()).isEqualTo(204);
        assertThat(member.client().get("/api/v1/projects/" + project).text("ownerId")).isEqualTo(member.id());
        // Deleting the project for good still takes its owner's membership with it.
        assertThat(member.client().delete("/api/v1/projects/" + project + "?permanent=true").status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/users/" + member.id() + "?permanent=true").status()).isEqualTo(204);
    }

    @Test
    void onlyTheOwnerTransfersAndOnlyToAnotherMember() {
        TestUser admin = memberWithRole("ADMIN");
        TestUser outsider = signedInUser("outsider");

        assertProblem(transfer(admin, admin.id()), 403, "forbidden");
        assertProblem(transfer(outsider, outsider.id()), 404, "not-found");
        assertProblem(transfer(owner, outsider.id()), 422, "member-refused");
        assertProblem(transfer(owner, UUID.randomUUID().toString()), 422, "member-refused");
        assertProblem(transfer(owner, owner.id()), 422, "member-refused");
        assertProblem(owner.client().post("/api/v1/projects/" + project + "/transfer-ownership", "{}"), 400, "validation");
        assertProblem(transfer(owner, "not-a-uuid"), 400, "validation");
        assertProblem(anonymous.post("/api/v1/projects/" + project + "/transfer-ownership", "{\"newOwnerId\":\"" + admin.id() + "\"}"), 401, "unauthorized");
        assertProblem(anonymous.get("/api/v1/me/notifications"), 401, "unauthorized");
        assertProblem(owner.client().get("/api/v1/me/notifications?sort=createdAt"), 400, "validation");
        assertThat(owner.client().get("/api/v1/projects/" + project).text("ownerId")).isEqualTo(owner.id());
    }
}
