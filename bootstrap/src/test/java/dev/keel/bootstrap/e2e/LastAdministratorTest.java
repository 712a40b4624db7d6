package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last active administrator can be neither demoted, suspended nor deleted, also when two administrators
 * end each other's administration at the same moment. Each test first makes two fresh administrators the only
 * active ones (demoting every other, the tests' administrator included) and gives the others back their role
 * afterwards; the suite's tests run one after the other, so no other test sees the change.
 */
@MicronautTest
class LastAdministratorTest extends EndToEndTest {

    private static final int ROUNDS = 4;

    private String ada;
    private String bob;
    private final List<String> demotedOthers = new ArrayList<>();

    @BeforeEach
    void makeTwoAdministratorsTheOnlyActiveOnes() {
        ada = createAdmin("ada");
        bob = createAdmin("bob");
        Api asAda = signedIn("ada");
        for (JsonNode admin : api.get("/api/v1/users?role=ADMIN&status=ACTIVE&limit=100").items()) {
            String id = admin.get("id").getStringValue();
            if (!id.equals(ada) && !id.equals(bob)) {
                assertThat(asAda.patch("/api/v1/users/" + id, "{\"role\":\"MEMBER\"}").status()).isEqualTo(200);
                demotedOthers.add(id);
            }
        }
        assertThat(activeAdministrators()).containsExactlyInAnyOrder(ada, bob);
    }

    @AfterEach
    void giveTheOthersTheirRoleBack() {
        Api admin = activeAdministrators().contains(ada) ? signedIn("ada") : signedIn("bob");
        for (String id : demotedOthers) {
            assertThat(admin.patch("/api/v1/users/" + id, "{\"role\":\"ADMIN\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedSuspendedOrDeleted() {
        Api asAda = signedIn("ada");
        assertThat(asAda.patch("/api/v1/users/" + bob, "{\"role\":\"MEMBER\"}").status()).isEqualTo(200);

        for (Api.Response refused : List.of(
                asAda.patch("/api/v1/users/" + ada, "{\"role\":\"MEMBER\"}"),
                asAda.patch("/api/v1/users/" + ada, "{\"status\":\"SUSPENDED\"}"),
                asAda.delete("/api/v1/users/" + ada),
                asAda.delete("/api/v1/users/" + ada + "?permanent=true"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.text("type")).isEqualTo("urn:keel:problem:last-administrator");
        }
        assertThat(activeAdministrators()).containsExactly(ada);
        assertThat(asAda.get("/api/v1/users/" + ada).text("role")).isEqualTo("ADMIN");
    }

    @Test
    void anAdministratorsTokenDoesNotOutliveTheirAdministrationForChanges() {
        Api asAda = signedIn("ada");
        Api asBob = signedIn("bob");
        String carol = api.post("/api/v1/users", Api.userJson("carol-" + run + "@example.com", "Carol")).text("id");
        assertThat(asAda.patch("/api/v1/users/" + bob, "{\"role\":\"MEMBER\"}").status()).isEqualTo(200);

        // Bob's token still says ADMIN; the database no longer does.
        for (Api.Response refused : List.of(
                asBob.patch("/api/v1/users/" + bob, "{\"role\":\"ADMIN\"}"),
                asBob.patch("/api/v1/users/" + carol, "{\"status\":\"SUSPENDED\"}"),
                asBob.patch("/api/v1/users/" + carol, "{\"role\":\"ADMIN\"}"),
                asBob.patch("/api/v1/users/" + carol, "{\"name\":\"Mallory\"}"),
                asBob.delete("/api/v1/users/" + carol),
                asBob.delete("/api/v1/users/" + carol + "?permanent=true"),
                asBob.post("/api/v1/users", "{\"email\":\"eve-" + run + "@example.com\",\"name\":\"Eve\",\"password\":\""
                        + Api.PASSWORD + "\",\"role\":\"ADMIN\"}"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.text("type")).isEqualTo("urn:keel:problem:forbidden");
        }
        assertThat(api.get("/api/v1/users/" + bob).text("role")).isEqualTo("MEMBER");
        assertThat(api.get("/api/v1/users/" + carol).text("status")).isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/users/" + carol).text("name")).isEqualTo("Carol");
        // Reads go by the token's claims (documented): the listing of deleted users still answers.
        assertThat(asBob.get("/api/v1/users?deleted=only&limit=1").status()).isEqualTo(200);

        // Suspended, Bob does not reactivate himself; deleted, he does not restore himself.
        assertThat(asAda.patch("/api/v1/users/" + bob, "{\"role\":\"ADMIN\"}").status()).isEqualTo(200);
        Api asAdminBob = signedIn("bob");
        assertThat(asAda.patch("/api/v1/users/" + bob, "{\"status\":\"SUSPENDED\"}").status()).isEqualTo(200);
        assertThat(asAdminBob.patch("/api/v1/users/" + bob, "{\"status\":\"ACTIVE\"}").status()).isEqualTo(403);
        assertThat(asAda.patch("/api/v1/users/" + bob, "{\"status\":\"ACTIVE\"}").status()).isEqualTo(200);
        Api asLiveBob = signedIn("bob");
        assertThat(asAda.delete("/api/v1/users/" + bob).status()).isEqualTo(204);
        assertThat(asLiveBob.post("/api/v1/users/" + bob + "/restore", null).status()).isEqualTo(403);
        assertThat(asAda.get("/api/v1/users/" + bob).status()).isEqualTo(404);

        assertThat(asAda.post("/api/v1/users/" + bob + "/restore", null).status()).isEqualTo(200);
        assertThat(activeAdministrators()).containsExactlyInAnyOrder(ada, bob);
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        endEachOthersAdministrationAtOnce((api, target) -> api.patch("/api/v1/users/" + target, "{\"role\":\"MEMBER\"}"));
    }

    @Test
    void twoAdministratorsSuspendingEachOtherAtOnceLeaveOne() throws Exception {
        endEachOthersAdministrationAtOnce((api, target) -> api.patch("/api/v1/users/" + target, "{\"status\":\"SUSPENDED\"}"));
    }

    @Test
    void twoAdministratorsDeletingEachOtherAtOnceLeaveOne() throws Exception {
        endEachOthersAdministrationAtOnce((api, target) -> api.delete("/api/v1/users/" + target));
    }

    private void endEachOthersAdministrationAtOnce(BiFunction<Api, String, Api.Response> end) throws Exception {
        try (ExecutorService clients = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                Api asAda = signedIn("ada");
                Api asBob = signedIn("bob");
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Api.Response> adaEndsBob = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return end.apply(asAda, bob);
                }, clients);
                CompletableFuture<Api.Response> bobEndsAda = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return end.apply(asBob, ada);
                }, clients);
                List<Api.Response> responses = List.of(adaEndsBob.get(), bobEndsAda.get());

                // The loser is refused as the last administrator (422) or, once the winner ended its administration
                // first, as no administrator any more (403).
                assertThat(responses).as("round %d", round)
                        .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 204, 403, 422));
                assertThat(responses).as("round %d: one change wins, the other is refused", round)
                        .filteredOn(r -> r.status() == 403 || r.status() == 422).hasSize(1);
                List<String> remaining = activeAdministrators();
                assertThat(remaining).as("round %d", round).hasSize(1).isSubsetOf(ada, bob);
                reinstate(remaining.getFirst(), remaining.getFirst().equals(ada) ? bob : ada);
            }
        }
    }

    /** The winner makes the loser an active, live administrator again. */
    private void reinstate(String winner, String loser) {
        Api asWinner = signedIn(winner.equals(ada) ? "ada" : "bob");
        if (asWinner.get("/api/v1/users/" + loser).status() == 404) {
            assertThat(asWinner.post("/api/v1/users/" + loser + "/restore", null).status()).isEqualTo(200);
        }
        Api.Response back = asWinner.patch("/api/v1/users/" + loser, "{\"role\":\"ADMIN\",\"status\":\"ACTIVE\"}");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(activeAdministrators()).containsExactlyInAnyOrder(ada, bob);
    }

    /** Any signed-in user lists users; the tests' administrator's token stays valid after its demotion. */
    private List<String> activeAdministrators() {
        return api.get("/api/v1/users?role=ADMIN&status=ACTIVE&limit=100").itemIds();
    }

    private String createAdmin(String name) {
        Api.Response created = api.post("/api/v1/users", "{\"email\":\"" + name + "-" + run + "@example.com\",\"name\":\""
                + name + "\",\"password\":\"" + Api.PASSWORD + "\",\"role\":\"ADMIN\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private Api signedIn(String name) {
        return anonymous.signedInAs(name + "-" + run + "@example.com", Api.PASSWORD);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
