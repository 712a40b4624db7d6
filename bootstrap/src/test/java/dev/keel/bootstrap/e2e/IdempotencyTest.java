package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class IdempotencyTest extends EndToEndTest {


    private String body(String label) {
        return Api.userJson(label + "-" + run + "@example.com", "Idem " + label);
    }

    private String key(String label) {
        return "key-" + label + "-" + run;
    }

    private int usersMatching(String label) {
        return api.get("/api/v1/users?q=" + label + "-" + run).itemIds().size();
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponseExactly() {
        Api.Response first = api.post("/api/v1/users", body("replay"), "Idempotency-Key", key("replay"));
        // The same fields in another order and spacing mean the same request.
        Api.Response second = api.post("/api/v1/users",
                "{ \"password\": \"s3cret-password\", \"name\": \"Idem replay\", \"email\": \"replay-" + run + "@example.com\" }",
                "Idempotency-Key", key("replay"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(usersMatching("replay")).isEqualTo(1);
    }

    @Test
    void sameKeyWithADifferentBodyIs422AndCreatesNothing() {
        api.post("/api/v1/users", body("misuse"), "Idempotency-Key", key("misuse"));

        assertProblem(api.post("/api/v1/users", body("misuse-other"), "Idempotency-Key", key("misuse")), 422,
                "business-rule");
        assertThat(usersMatching("misuse-other")).isZero();
    }

    @Test
    void theStoredFingerprintIsKeyedSoAReaderOfTheTableCannotTestPasswordGuesses() throws Exception {
        // userJson is already canonical (keys sorted, no whitespace): the request text is the method, path and body.
        String body = body("keyed");
        String request = "POST /api/v1/users\n" + body;
        assertThat(api.post("/api/v1/users", body, "Idempotency-Key", key("keyed")).status()).isEqualTo(201);

        String stored = storedFingerprint(key("keyed"));

        // A guess of the password, hashed with the rest of the request, must not be checkable against the row.
        assertThat(stored).isNotEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(request.getBytes(StandardCharsets.UTF_8))));
        // HMAC-SHA256 under a key derived from KEEL_CURSOR_SECRET: changing the derivation would refuse (422) every
        // retry of a request made before the change, so it is pinned here.
        byte[] secret = server.getApplicationContext().getRequiredProperty("keel.cursor.secret", String.class)
                .getBytes(StandardCharsets.UTF_8);
        byte[] key = hmacSha256(secret, "keel idempotency fingerprint".getBytes(StandardCharsets.UTF_8));
        assertThat(stored)
                .isEqualTo(HexFormat.of().formatHex(hmacSha256(key, request.getBytes(StandardCharsets.UTF_8))));
    }

    private static String storedFingerprint(String key) throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT fingerprint FROM idempotency_key WHERE request_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("the key's record").isTrue();
                return row.getString(1);
            }
        }
    }

    private static byte[] hmacSha256(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }

    @Test
    void keyWhoseFirstRequestIsStillRunningIs409AndFreeOnceItEnds() throws Exception {
        // A running request holds its key's transaction-level lock: take it the same way from another session.
        try (Connection running = TestDatabaseSession.database().connect()) {
            running.setAutoCommit(false);
            try (PreparedStatement lock = running.prepareStatement(
                    "SELECT pg_advisory_xact_lock(x'4B45454C'::int, hashtext(? || ' ' || ?))")) {
                // Keys are scoped by caller: this test's client is the administrator.
                lock.setString(1, "user:" + api.get("/api/v1/me").text("id"));
                lock.setString(2, key("running"));
                lock.execute();
            }

            assertProblem(api.post("/api/v1/users", body("running"), "Idempotency-Key", key("running")), 409, "conflict");
            assertThat(usersMatching("running")).isZero();
            running.rollback();
        }

        assertThat(api.post("/api/v1/users", body("running"), "Idempotency-Key", key("running")).status()).isEqualTo(201);
    }

    @Test
    void aFailureAfterTheEffectRollsItBackSoTheRetryPerformsTheEffectOnce() throws Exception {
        failWhenStoringKey(key("fails-late"), "RAISE EXCEPTION 'storage lost' USING ERRCODE = '57P01'");
        try {
            assertProblem(api.post("/api/v1/users", body("fails-late"), "Idempotency-Key", key("fails-late")), 503,
                    "service-unavailable");
            assertThat(usersMatching("fails-late")).as("the effect went with the failed record").isZero();
        } finally {
            dropFailure();
        }

        Api.Response retry = api.post("/api/v1/users", body("fails-late"), "Idempotency-Key", key("fails-late"));
        Api.Response again = api.post("/api/v1/users", body("fails-late"), "Idempotency-Key", key("fails-late"));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(usersMatching("fails-late")).isEqualTo(1);
    }

    @Test
    void aConnectionKilledAfterTheEffectLosesItSoTheRetryPerformsTheEffectOnce() throws Exception {
        failWhenStoringKey(key("killed"), "PERFORM pg_terminate_backend(pg_backend_pid())");
        try {
            assertProblem(api.post("/api/v1/users", body("killed"), "Idempotency-Key", key("killed")), 503,
                    "service-unavailable");
            assertThat(usersMatching("killed")).isZero();
        } finally {
            dropFailure();
        }

        Api.Response retry = api.post("/api/v1/users", body("killed"), "Idempotency-Key", key("killed"));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(usersMatching("killed")).isEqualTo(1);
    }

    /** Makes the insert of {@code key}'s idempotency record, the step after the effect, run {@code failure}. */
    private static void failWhenStoringKey(String key, String failure) throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE OR REPLACE FUNCTION test_fail_idempotency_store() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.request_key = '%s' THEN %s; END IF;
                        RETURN NEW;
                    END $$""".formatted(key, failure));
            ddl.execute("""
                    CREATE TRIGGER test_fail_idempotency_store BEFORE INSERT ON idempotency_key
                    FOR EACH ROW EXECUTE FUNCTION test_fail_idempotency_store()""");
        }
    }

    private static void dropFailure() throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TRIGGER IF EXISTS test_fail_idempotency_store ON idempotency_key");
            ddl.execute("DROP FUNCTION IF EXISTS test_fail_idempotency_store()");
        }
    }

    @Test
    void refusedRequestsAreReplayedToo() {
        api.post("/api/v1/users", body("taken"));
        Api.Response first = api.post("/api/v1/users", body("taken"), "Idempotency-Key", key("taken"));
        Api.Response second = api.post("/api/v1/users", body("taken"), "Idempotency-Key", key("taken"));

        assertProblem(first, 409, "conflict");
        assertProblem(second, 409, "conflict");
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        // The same problem, but its requestId is the replaying request's own (assertProblem checks it).
        assertThat(second.body().replace(second.header("X-Request-Id"), "ID"))
                .isEqualTo(first.body().replace(first.header("X-Request-Id"), "ID"));
    }

    @Test
    void twoIdempotencyKeyHeadersAre400AndCreateNothing() {
        Api.Response response = api.post("/api/v1/users", body("twokeys"), "Idempotency-Key", key("one"),
                "Idempotency-Key", key("two"));

        assertProblem(response, 400, "validation");
        assertThat(usersMatching("twokeys")).isZero();
    }

    @Test
    void invalidKeysAre400() {
        assertProblem(api.post("/api/v1/users", body("longkey"), "Idempotency-Key", "k".repeat(256)), 400, "validation");
        assertProblem(api.post("/api/v1/users", body("badkey"), "Idempotency-Key", "has space"), 400, "validation");
        assertThat(api.post("/api/v1/users", body("maxkey"), "Idempotency-Key", "m" + run + "x".repeat(246)).status())
                .isEqualTo(201);
    }

    @Test
    void racingRequestsWithOneKeyCreateExactlyOneUser() throws Exception {
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/v1/users", body("race"), "Idempotency-Key", key("race"));
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }

            assertThat(responses).filteredOn(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null).hasSize(1);
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
            assertThat(usersMatching("race")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code replay} is {@code first} again, marked as a replay: same status, headers and body. */
    private static void assertReplayOf(Api.Response first, Api.Response replay) {
        assertThat(first.header("Idempotent-Replayed")).as("%s", first).isNull();
        assertThat(replay.header("Idempotent-Replayed")).as("%s", replay).isEqualTo("true");
        assertThat(replay.status()).isEqualTo(first.status());
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
    }

    private static void assertBadKey(Api.Response response) {
        assertProblem(response, 400, "validation");
        assertThat(errorFields(response)).containsExactly("Idempotency-Key");
    }

    /** Restores a deleted resource with a key, deletes it again and restores it again: a replay, still deleted. */
    private void restoreIsReplayedNotRepeated(Api client, String resource, String key) {
        assertThat(client.delete(resource).status()).isEqualTo(204);
        assertBadKey(client.post(resource + "/restore", null, "Idempotency-Key", "a b"));
        assertThat(client.get(resource).status()).as("%s after a refused restore", resource).isEqualTo(404);

        Api.Response first = client.post(resource + "/restore", null, "Idempotency-Key", key);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(client.delete(resource).status()).isEqualTo(204);
        Api.Response replay = client.post(resource + "/restore", null, "Idempotency-Key", key);

        assertReplayOf(first, replay);
        assertThat(client.get(resource).status()).as("%s after the replay", resource).isEqualTo(404);
    }

    @Test
    void restoresTakeAKeyAndAReplayRestoresNothing() {
        TestUser owner = signedInUser("restorer");
        String project = owner.client().post("/api/v1/projects", "{\"name\":\"Restores " + run + "\"}").text("id");
        String task = owner.client().post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"Back\"}").text("id");
        String document = owner.client().post("/api/v1/projects/" + project + "/documents", "{\"title\":\"Back\"}")
                .text("id");
        String user = api.post("/api/v1/users", body("restored")).text("id");

        restoreIsReplayedNotRepeated(owner.client(), "/api/v1/tasks/" + task, key("task-restore"));
        restoreIsReplayedNotRepeated(owner.client(), "/api/v1/documents/" + document, key("document-restore"));
        restoreIsReplayedNotRepeated(owner.client(), "/api/v1/projects/" + project, key("project-restore"));
        restoreIsReplayedNotRepeated(api, "/api/v1/users/" + user, key("user-restore"));
    }

    @Test
    void aMoveTakesAKeyAndAReplayMovesNothing() {
        TestUser owner = signedInUser("mover");
        String project = owner.client().post("/api/v1/projects", "{\"name\":\"Moves " + run + "\"}").text("id");
        List<String> columns = WorkDatabase.columnIds(project);
        String task = "/api/v1/tasks/" + owner.client().post("/api/v1/projects/" + project + "/tasks",
                "{\"title\":\"Mover\"}").text("id");
        String toSecond = "{\"columnId\":\"" + columns.get(1) + "\"}";

        assertBadKey(owner.client().post(task + "/move", toSecond, "Idempotency-Key", "a b"));
        assertThat(owner.client().get(task).text("columnId")).isEqualTo(columns.get(0));

        Api.Response first = owner.client().post(task + "/move", toSecond, "Idempotency-Key", key("move"));
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        String toThird = "{\"columnId\":\"" + columns.get(2) + "\"}";
        assertThat(owner.client().post(task + "/move", toThird).status()).isEqualTo(200);
        Api.Response replay = owner.client().post(task + "/move", toSecond, "Idempotency-Key", key("move"));

        assertReplayOf(first, replay);
        assertThat(replay.text("columnId")).isEqualTo(columns.get(1));
        assertThat(owner.client().get(task).text("columnId")).isEqualTo(columns.get(2));
        // The precondition is part of the request: the same key with an If-Match is another request.
        assertProblem(owner.client().post(task + "/move", toSecond, "Idempotency-Key", key("move"),
                "If-Match", first.header("ETag")), 422, "business-rule");
    }

    @Test
    void logoutTakesAKey() {
        Api member = api.newMember("logout-" + run + "@example.com");

        assertBadKey(member.post("/api/v1/auth/logout", null, "Idempotency-Key", "a b"));
        Api.Response first = member.post("/api/v1/auth/logout", null, "Idempotency-Key", key("logout"));
        Api.Response replay = member.post("/api/v1/auth/logout", null, "Idempotency-Key", key("logout"));

        assertThat(first.status()).isEqualTo(204);
        assertReplayOf(first, replay);
    }

    @Test
    void signInAndRefreshRefuseAKeyRatherThanStoreTokens() {
        String email = "tokens-" + run + "@example.com";
        api.newMember(email);
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}";

        assertBadKey(anonymous.post("/api/v1/auth/token", credentials, "Idempotency-Key", key("sign-in")));
        String refreshToken = anonymous.post("/api/v1/auth/token", credentials).text("refreshToken");
        String refresh = "{\"refreshToken\":\"" + refreshToken + "\"}";
        assertBadKey(anonymous.post("/api/v1/auth/refresh", refresh, "Idempotency-Key", key("refresh")));
        // Refused before it ran: the refresh token is not used up.
        assertThat(anonymous.post("/api/v1/auth/refresh", refresh).status()).isEqualTo(200);
    }

    @Test
    void concurrentKeyedRestoresOfOneTaskAllAnswerTheRestoredTask() throws Exception {
        TestUser owner = signedInUser("racing-restorer");
        String project = owner.client().post("/api/v1/projects", "{\"name\":\"Races " + run + "\"}").text("id");
        String task = "/api/v1/tasks/" + owner.client().post("/api/v1/projects/" + project + "/tasks",
                "{\"title\":\"Raced\"}").text("id");
        int racers = 8;
        for (int round = 0; round < 3; round++) {
            assertThat(owner.client().delete(task).status()).isEqualTo(204);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
                for (int i = 0; i < racers; i++) {
                    String key = key("racing-restore-" + round + "-" + i);
                    futures.add(pool.submit(() -> {
                        start.await();
                        return owner.client().post(task + "/restore", null, "Idempotency-Key", key);
                    }));
                }
                start.countDown();
                // Those that lost the race to the winner's write are run again, not stored as a 409 for their key.
                for (Future<Api.Response> future : futures) {
                    assertThat(future.get().status()).as("%s", future.get()).isEqualTo(200);
                }
            }
        }
    }
}
