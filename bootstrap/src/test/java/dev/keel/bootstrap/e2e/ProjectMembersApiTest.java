package dev.keel.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ProjectMembersApiTest extends EndToEndTest {

    /** A signed-in user and their id. */
    private record User(Api client, String id, String email) {
    }

    private int counter;
    private User owner;
    private String project;

    private User user(String label) {
        String email = label + "-" + run + "-" + (counter++) + "@example.com";
        Api client = api.newMember(email);
        return new User(client, client.get("/api/v1/me").text("id"), email);
    }

    private String members() {
        return "/api/v1/projects/" + project + "/members";
    }

    private Api.Response put(User caller, User target, String role) {
        return caller.client().send("PUT", members() + "/" + target.id(), Api.JSON, "{\"role\":\"" + role + "\"}");
    }

    private User memberWithRole(String role) {
        User added = user(role.toLowerCase());
        assertThat(put(owner, added, role).status()).isEqualTo(200);
        return added;
    }

    @BeforeEach
    void project() {
        owner = user("owner");
        project = owner.client().post("/api/v1/projects", "{\"name\":\"Crew " + run + "\"}").text("id");
    }

    @Test
    void theOwnerAddsAMemberWhoThenSeesTheProjectAndTheMemberList() {
        User ada = user("ada");
        assertProblem(ada.client().get("/api/v1/projects/" + project), 404, "not-found");

        Api.Response added = put(owner, ada, "MEMBER");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.text("userId")).isEqualTo(ada.id());
        assertThat(added.text("name")).isEqualTo("Member");
        assertThat(added.text("email")).isEqualTo(ada.email());
        assertThat(added.text("role")).isEqualTo("MEMBER");
        assertThat(ada.client().get("/api/v1/projects/" + project).status()).isEqualTo(200);
        Api.Response list = ada.client().get(members());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").values()).extracting(item -> item.get("userId").getStringValue())
                .containsExactly(owner.id(), ada.id());
        assertThat(list.json().get("items").values()).extracting(item -> item.get("role").getStringValue())
                .containsExactly("OWNER", "MEMBER");

        // Again with another role: a change, not a second membership; addedAt stays.
        Api.Response changed = put(owner, ada, "VIEWER");
        assertThat(changed.text("role")).isEqualTo("VIEWER");
        assertThat(changed.text("addedAt")).isEqualTo(added.text("addedAt"));
        assertThat(owner.client().get(members()).json().get("items").values()).hasSize(2);
    }

    @Test
    void onlyAdminsAndTheOwnerManageMembersAndNobodyChangesTheOwnerThisWay() {
        User viewer = memberWithRole("VIEWER");
        User member = memberWithRole("MEMBER");
        User admin = memberWithRole("ADMIN");
        User newcomer = user("newcomer");

        assertProblem(put(viewer, newcomer, "MEMBER"), 403, "forbidden");
        assertProblem(put(member, newcomer, "MEMBER"), 403, "forbidden");
        assertThat(put(admin, newcomer, "MEMBER").status()).isEqualTo(200);
        assertThat(put(admin, member, "ADMIN").text("role")).isEqualTo("ADMIN");

        assertProblem(put(admin, owner, "ADMIN"), 422, "member-refused");
        assertProblem(put(owner, owner, "ADMIN"), 422, "member-refused");
        assertProblem(put(owner, newcomer, "OWNER"), 422, "member-refused");
        assertProblem(put(user("stranger"), newcomer, "ADMIN"), 404, "not-found");
        // A system administrator is no member either.
        assertProblem(api.send("PUT", members() + "/" + newcomer.id(), Api.JSON, "{\"role\":\"MEMBER\"}"), 404, "not-found");
    }

    @Test
    void anUnknownOrDeletedUserCannotBecomeAMemberAndBadInputIs400() {
        User deleted = user("deleted");
        assertThat(api.delete("/api/v1/users/" + deleted.id()).status()).isEqualTo(204);

        assertProblem(put(owner, deleted, "MEMBER"), 422, "member-refused");
        assertProblem(owner.client().send("PUT", members() + "/" + UUID.randomUUID(), Api.JSON, "{\"role\":\"MEMBER\"}"),
                422, "member-refused");

        User someone = user("someone");
        Api.Response badRole = put(owner, someone, "CAPTAIN");
        assertProblem(badRole, 400, "validation");
        assertThat(errorFields(badRole)).containsExactly("role");
        assertProblem(owner.client().send("PUT", members() + "/" + someone.id(), Api.JSON, "{}"), 400, "validation");
        assertProblem(owner.client().send("PUT", members() + "/" + someone.id(), Api.JSON, "{\"role\":\"MEMBER\",\"x\":1}"),
                400, "validation");
        assertProblem(owner.client().send("PUT", members() + "/not-a-uuid", Api.JSON, "{\"role\":\"MEMBER\"}"), 400, "validation");
        assertThat(owner.client().get(members()).json().get("items").values()).hasSize(1);
    }

    @Test
    void adminsRemoveMembersButNotTheOwnerAndARemovedMemberLosesSight() {
        User admin = memberWithRole("ADMIN");
        User member = memberWithRole("MEMBER");
        User viewer = memberWithRole("VIEWER");

        assertProblem(viewer.client().delete(members() + "/" + member.id()), 403, "forbidden");
        assertThat(admin.client().delete(members() + "/" + member.id()).status()).isEqualTo(204);
        assertProblem(member.client().get("/api/v1/projects/" + project), 404, "not-found");
        assertProblem(member.client().get(members()), 404, "not-found");
        assertProblem(admin.client().delete(members() + "/" + member.id()), 404, "not-found");
        assertProblem(admin.client().delete(members() + "/" + owner.id()), 422, "member-refused");
        assertProblem(owner.client().delete(members() + "/" + owner.id()), 422, "member-refused");
        assertProblem(user("stranger").client().delete(members() + "/" + viewer.id()), 404, "not-found");
        assertThat(owner.client().get(members()).json().get("items").values()).extracting(item -> item.get("userId").getStringValue())
                .containsExactly(owner.id(), admin.id(), viewer.id());
    }

    @Test
    void removingAUserForGoodAdvancesTheVersionOfEveryRowItClears() {
        User gone = memberWithRole("MEMBER");
        String task = gone.client().post("/api/v1/projects/" + project + "/tasks",
                "{\"title\":\"Theirs\",\"assigneeId\":\"" + gone.id() + "\"}").text("id");
        String comment = gone.client().post("/api/v1/tasks/" + task + "/comments", "{\"body\":\"mine\"}").text("id");
        String document = gone.client().post("/api/v1/projects/" + project + "/documents", "{\"title\":\"Notes\"}")
                .text("id");
        Api.Response taskBefore = owner.client().get("/api/v1/tasks/" + task);
        assertThat(taskBefore.header("ETag")).isEqualTo("\"0\"");

        assertThat(api.delete("/api/v1/users/" + gone.id() + "?permanent=true").status()).isEqualTo(204);

        Api.Response taskAfter = owner.client().get("/api/v1/tasks/" + task);
        assertThat(taskAfter.header("ETag")).isEqualTo("\"1\"");
        assertThat(taskAfter.json().get("assignee")).satisfiesAnyOf(node -> assertThat(node).isNull(),
                node -> assertThat(node.isNull()).isTrue());
        assertThat(taskAfter.json().get("createdBy")).satisfiesAnyOf(node -> assertThat(node).isNull(),
                node -> assertThat(node.isNull()).isTrue());
        assertThat(taskAfter.text("updatedAt")).isGreaterThan(taskBefore.text("updatedAt"));
        assertProblem(owner.client().patch("/api/v1/tasks/" + task, "{\"title\":\"Stale\"}", "If-Match", "\"0\""),
                412, "precondition-failed");
        assertThat(owner.client().get("/api/v1/tasks/" + task + "/comments").items().getFirst().get("version")
                .getLongValue()).as("comment " + comment).isEqualTo(1);
        assertProblem(owner.client().patch("/api/v1/documents/" + document, "{\"title\":\"Stale\"}", "If-Match",
                "\"0\""), 412, "precondition-failed");
        assertThat(owner.client().get("/api/v1/documents/" + document).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aUserWhoOwnsALedgerAccountIsNotRemovedForGoodAndNothingOfTheirsChanges() {
        User holder = memberWithRole("MEMBER");
        String task = holder.client().post("/api/v1/projects/" + project + "/tasks",
                "{\"title\":\"Theirs\",\"assigneeId\":\"" + holder.id() + "\"}").text("id");
        String comment = holder.client().post("/api/v1/tasks/" + task + "/comments", "{\"body\":\"mine\"}").text("id");
        String document = holder.client().post("/api/v1/projects/" + project + "/documents", "{\"title\":\"Notes\"}")
                .text("id");
        String account = holder.client().post("/api/v1/ledger/accounts", "{\"name\":\"Savings\",\"currency\":\"EUR\"}")
                .text("id");
        String bank = api.post("/api/v1/ledger/accounts", "{\"name\":\"Bank\",\"currency\":\"EUR\",\"ownerId\":null}")
                .text("id");
        assertThat(api.post("/api/v1/ledger/transfers", "{\"id\":\"" + UUID.randomUUID() + "\",\"debitAccountId\":\""
                + bank + "\",\"creditAccountId\":\"" + account + "\",\"amount\":2500,\"currency\":\"EUR\"}").status())
                .isEqualTo(201);
        Api.Response accountBefore = api.get("/api/v1/ledger/accounts/" + account);

        Api.Response refused = assertProblem(api.delete("/api/v1/users/" + holder.id() + "?permanent=true"), 409,
                "user-owns-accounts");

        assertThat(refused.text("detail")).contains("permanent=true");
        Api.Response accountAfter = holder.client().get("/api/v1/ledger/accounts/" + account);
        assertThat(accountAfter.text("ownerId")).isEqualTo(holder.id());
        assertThat(accountAfter.text("balance")).isEqualTo("2500");
        assertThat(accountAfter.text("version")).isEqualTo(accountBefore.text("version"));
        assertThat(api.get("/api/v1/users/" + holder.id()).status()).isEqualTo(200);
        Api.Response taskAfter = owner.client().get("/api/v1/tasks/" + task);
        assertThat(taskAfter.header("ETag")).isEqualTo("\"0\"");
        assertThat(taskAfter.json().get("assignee").get("id").getStringValue()).isEqualTo(holder.id());
        assertThat(taskAfter.json().get("createdBy").get("id").getStringValue()).isEqualTo(holder.id());
        assertThat(owner.client().get("/api/v1/tasks/" + task + "/comments").items().getFirst().get("version")
                .getLongValue()).as("comment " + comment).isEqualTo(0);
        assertThat(owner.client().get("/api/v1/documents/" + document).header("ETag")).isEqualTo("\"0\"");
        assertThat(owner.client().get(members()).json().get("items").values())
                .extracting(item -> item.get("userId").getStringValue()).contains(holder.id());

        // A soft delete is not refused, and leaves the accounts theirs; removing them for good still is.
        assertThat(api.delete("/api/v1/users/" + holder.id()).status()).isEqualTo(204);
        assertProblem(api.delete("/api/v1/users/" + holder.id() + "?permanent=true"), 409, "user-owns-accounts");
        assertThat(api.get("/api/v1/ledger/accounts/" + account).text("ownerId")).isEqualTo(holder.id());
    }

    @Test
    void aUserWhoseOnlyAccountIsClosedIsNotRemovedForGoodEither() {
        User holder = user("closed");
        String account = holder.client().post("/api/v1/ledger/accounts", "{\"name\":\"Old\",\"currency\":\"EUR\"}")
                .text("id");
        assertThat(holder.client().post("/api/v1/ledger/accounts/" + account + "/close", null).status()).isEqualTo(200);

        assertProblem(api.delete("/api/v1/users/" + holder.id() + "?permanent=true"), 409, "user-owns-accounts");

        Api.Response closed = api.get("/api/v1/ledger/accounts/" + account);
        assertThat(closed.text("ownerId")).isEqualTo(holder.id());
        assertThat(closed.text("closedAt")).isNotNull();
        assertThat(api.get("/api/v1/users/" + holder.id()).status()).isEqualTo(200);
    }
}
