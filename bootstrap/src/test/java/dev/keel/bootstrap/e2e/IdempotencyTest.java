package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
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
    void keyWhoseFirstRequestIsStillRunningIs409() throws Exception {
        api.post("/api/v1/users", body("running"), "Idempotency-Key", key("running"));
        // Put the key back into the state it has while its first request runs.
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement reopen = connection.prepareStatement("""
                     UPDATE idempotency_key SET status = 'IN_PROGRESS', response_status = NULL, response_headers = NULL,
                            response_body = NULL, locked_until = now() + interval '1 hour'
                      WHERE request_key = ?""")) {
            reopen.setString(1, key("running"));
            assertThat(reopen.executeUpdate()).isEqualTo(1);
        }

        assertProblem(api.post("/api/v1/users", body("running"), "Idempotency-Key", key("running")), 409, "conflict");
    }

    @Test
    void abandonedClaimIsTakenOverAfterItsLease() throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement abandoned = connection.prepareStatement("""
                     INSERT INTO idempotency_key (id, request_key, fingerprint, status, locked_until, expires_at,
                                                  created_at, updated_at, version)
                     VALUES (?, ?, 'whatever', 'IN_PROGRESS', now() - interval '1 minute', now() + interval '1 day',
                             now() - interval '5 minutes', now() - interval '5 minutes', 0)""")) {
            abandoned.setObject(1, UUID.randomUUID());
            abandoned.setString(2, key("abandoned"));
            abandoned.executeUpdate();
        }

        Api.Response response = api.post("/api/v1/users", body("abandoned"), "Idempotency-Key", key("abandoned"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void refusedRequestsAreReplayedToo() {
        api.post("/api/v1/users", body("taken"));
        Api.Response first = api.post("/api/v1/users", body("taken"), "Idempotency-Key", key("taken"));
        Api.Response second = api.post("/api/v1/users", body("taken"), "Idempotency-Key", key("taken"));

        assertProblem(first, 409, "conflict");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
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
}
