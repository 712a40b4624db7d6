package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on every ledger POST: the same key and body replay the first response without a second
 * effect, another body is a 422, a key too long a 400; a keyed transfer commits with its stored response.
 */
@MicronautTest
class LedgerIdempotencyApiTest extends EndToEndTest {

    private static final String ACCOUNTS = "/api/v1/ledger/accounts";
    private static final String TRANSFERS = "/api/v1/ledger/transfers";
    private static final String BATCH = TRANSFERS + "/batch";
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String TOO_LONG = "k".repeat(256);

    private TestUser alice;
    private TestUser bob;
    private String bank;

    @BeforeEach
    void accounts() {
        alice = signedInUser("alice");
        bob = signedInUser("bob");
        bank = api.post(ACCOUNTS, "{\"name\":\"Bank " + run + "\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
    }

    private String key(String label) {
        return "ledger-" + label + "-" + run;
    }

    private String account(TestUser owner, String name) {
        Api.Response opened = owner.client().post(ACCOUNTS, "{\"name\":\"" + name + "\",\"currency\":\"EUR\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }

    private static String transfer(String id, String debit, String credit, long amount, String extra) {
        return "{\"id\":\"" + id + "\",\"debitAccountId\":\"" + debit + "\",\"creditAccountId\":\"" + credit
                + "\",\"amount\":" + amount + ",\"currency\":\"EUR\"" + extra + "}";
    }

    private void fund(String account, long amount) {
        Api.Response funded = api.post(TRANSFERS, transfer(UUID.randomUUID().toString(), bank, account, amount, ""));
        assertThat(funded.status()).as(funded.toString()).isEqualTo(201);
    }

    private JsonNode accountOf(TestUser owner, String id) {
        return owner.client().get("/api/v1/ledger/accounts/" + id).json();
    }

    private long balance(TestUser owner, String id) {
        return accountOf(owner, id).get("balance").getLongValue();
    }

    private int entries(TestUser owner, String id) {
        return owner.client().get("/api/v1/ledger/accounts/" + id + "/entries").json().get("items").size();
    }

    private long accountsNamed(TestUser owner, String name) {
        return owner.client().get("/api/v1/ledger/accounts?limit=100").items().stream()
                .filter(account -> account.get("name").getStringValue().equals(name)).count();
    }

    /** The second response is the first one again, marked as a replay. */
    private static void assertReplayOf(Api.Response replay, Api.Response first) {
        assertThat(first.header(REPLAYED)).as("the first response is no replay: " + first).isNull();
        assertThat(replay.status()).as(replay.toString()).isEqualTo(first.status());
        assertThat(replay.header(REPLAYED)).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
    }

    private static void assertKeyTooLong(Api.Response response) {
        assertThat(errorFields(assertProblem(response, 400, "validation"))).containsExactly(KEY);
    }

    @Test
    void anAccountOpenedWithAKeyIsOpenedOnceAndItsResponseReplayed() {
        String name = "idem " + run;
        Api.Response first = alice.client().post(ACCOUNTS, "{\"name\":\"" + name + "\",\"currency\":\"EUR\"}",
                KEY, key("open"));
        // The same fields in another order mean the same request.
        Api.Response again = alice.client().post(ACCOUNTS, "{ \"currency\": \"EUR\", \"name\": \"" + name + "\" }",
                KEY, key("open"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertReplayOf(again, first);
        assertProblem(alice.client().post(ACCOUNTS, "{\"name\":\"idem2 " + run + "\",\"currency\":\"EUR\"}",
                KEY, key("open")), 422, "business-rule");
        assertKeyTooLong(alice.client().post(ACCOUNTS, "{\"name\":\"long " + run + "\",\"currency\":\"EUR\"}",
                KEY, TOO_LONG));
        assertThat(accountsNamed(alice, name)).isEqualTo(1);
        assertThat(accountsNamed(alice, "idem2 " + run)).isZero();
        assertThat(accountsNamed(alice, "long " + run)).isZero();
    }

    @Test
    void aCloseSentWithAKeyAgainReplaysItsFirstAnswerEvenWhenTheAccountChangedSince() {
        String a = account(alice, "A");
        fund(a, 50);
        String close = "/api/v1/ledger/accounts/" + a + "/close";
        Api.Response refused = assertProblem(alice.client().post(close, null, KEY, key("close")), 422,
                "account-not-empty");
        alice.client().post(TRANSFERS, transfer(UUID.randomUUID().toString(), a, bank, 50, ""));

        Api.Response replayed = assertProblem(alice.client().post(close, null, KEY, key("close")), 422,
                "account-not-empty");
        assertThat(replayed.header(REPLAYED)).isEqualTo("true");
        assertThat(accountOf(alice, a).get("closedAt").isNull()).as("the replay closed nothing").isTrue();
        assertThat(replayed.text("detail")).isEqualTo(refused.text("detail"));

        Api.Response closed = alice.client().post(close, null, KEY, key("close-again"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertReplayOf(alice.client().post(close, null, KEY, key("close-again")), closed);
        String other = account(alice, "Other");
        assertProblem(alice.client().post("/api/v1/ledger/accounts/" + other + "/close", null, KEY, key("close-again")),
                422, "business-rule");
        assertThat(accountOf(alice, other).get("closedAt").isNull()).isTrue();
        assertKeyTooLong(alice.client().post("/api/v1/ledger/accounts/" + other + "/close", null, KEY, TOO_LONG));
        assertThat(accountOf(alice, other).get("closedAt").isNull()).isTrue();
    }

    @Test
    void aTransferSentWithAKeyIsMadeOnceAndItsResponseReplayed() {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String id = UUID.randomUUID().toString();

        Api.Response first = alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""), KEY, key("transfer"));
        Api.Response again = alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""), KEY, key("transfer"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertReplayOf(again, first);
        assertProblem(alice.client().post(TRANSFERS, transfer(id, a, b, 101, ""), KEY, key("transfer")),
                422, "business-rule");
        assertKeyTooLong(alice.client().post("/api/v1/ledger/transfers",
                transfer(UUID.randomUUID().toString(), a, b, 7, ""), KEY, TOO_LONG));
        assertThat(balance(alice, a)).isEqualTo(900);
        assertThat(entries(alice, a)).isEqualTo(2);
    }

    @Test
    void aTransferIdSentAgainUnderAnotherKeyIsTheIdsReplayAndThatAnswerIsKeptUnderTheKey() {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String id = UUID.randomUUID().toString();
        alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""), KEY, key("id-first"));

        Api.Response byId = alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""), KEY, key("id-second"));
        Api.Response byKey = alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""), KEY, key("id-second"));

        assertThat(byId.status()).as(byId.toString()).isEqualTo(200);
        assertThat(byId.header(REPLAYED)).as("the id's replay says so under a new key too").isEqualTo("true");
        assertThat(byKey.status()).isEqualTo(200);
        assertThat(byKey.header(REPLAYED)).isEqualTo("true");
        assertThat(byKey.headers().allValues(REPLAYED)).containsExactly("true");
        assertThat(byKey.body()).isEqualTo(byId.body());
        assertProblem(alice.client().post(TRANSFERS, transfer(id, a, b, 101, ""), KEY, key("id-third")),
                409, "transfer-exists");
        assertThat(balance(alice, a)).isEqualTo(900);
    }

    @Test
    void aBatchSentWithAKeyIsMadeOnceAndItsResponseReplayed() {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String batch = "{\"atomic\":false,\"transfers\":[" + transfer(UUID.randomUUID().toString(), a, b, 100, "") + ","
                + transfer(UUID.randomUUID().toString(), a, b, 200, "") + "]}";

        Api.Response first = alice.client().post(BATCH, batch, KEY, key("batch"));
        Api.Response again = alice.client().post(BATCH, batch, KEY, key("batch"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertReplayOf(again, first);
        assertThat(again.json().get("results").get(1).get("status").getStringValue()).isEqualTo("created");
        assertProblem(alice.client().post(BATCH, batch.replace("false", "true"), KEY, key("batch")),
                422, "business-rule");
        assertKeyTooLong(alice.client().post(BATCH, "{\"atomic\":true,\"transfers\":["
                + transfer(UUID.randomUUID().toString(), a, b, 7, "") + "]}", KEY, TOO_LONG));
        assertThat(balance(alice, a)).isEqualTo(700);
        assertThat(entries(alice, a)).isEqualTo(3);
    }

    @Test
    void aPostSentWithAKeyAgainReplaysItsAnswerInsteadOfTransferResolved() {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String pending = UUID.randomUUID().toString();
        alice.client().post(TRANSFERS, transfer(pending, a, b, 600, ",\"pending\":true"));
        String post = "/api/v1/ledger/transfers/" + pending + "/post";

        Api.Response first = alice.client().post(post, "{\"amount\":250}", KEY, key("post"));
        Api.Response again = alice.client().post(post, "{ \"amount\": 250 }", KEY, key("post"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertReplayOf(again, first);
        assertProblem(alice.client().post(post, "{\"amount\":100}", KEY, key("post")), 422, "business-rule");
        assertKeyTooLong(alice.client().post(post, null, KEY, TOO_LONG));
        assertProblem(alice.client().post(post, null, KEY, key("post-other")), 409, "transfer-resolved");
        assertThat(balance(alice, a)).isEqualTo(750);
        assertThat(accountOf(alice, a).get("debitsPending").getLongValue()).isZero();
        assertThat(entries(alice, a)).isEqualTo(2);
    }

    @Test
    void aPostWithoutABodyIsTheSameRequestAsOneWithAnEmptyObject() {
        String a = account(alice, "A");
        fund(a, 1_000);
        String pending = UUID.randomUUID().toString();
        alice.client().post(TRANSFERS, transfer(pending, a, bank, 300, ",\"pending\":true"));
        String post = "/api/v1/ledger/transfers/" + pending + "/post";

        Api.Response first = alice.client().post(post, null, KEY, key("post-all"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertReplayOf(alice.client().post(post, "{}", KEY, key("post-all")), first);
        assertThat(balance(alice, a)).isEqualTo(700);
    }

    @Test
    void aVoidSentWithAKeyAgainReplaysItsAnswerInsteadOfTransferResolved() {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String pending = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        alice.client().post(TRANSFERS, transfer(pending, a, b, 600, ",\"pending\":true"));
        alice.client().post(TRANSFERS, transfer(other, a, b, 100, ",\"pending\":true"));
        String voidIt = "/api/v1/ledger/transfers/" + pending + "/void";

        Api.Response first = alice.client().post(voidIt, null, KEY, key("void"));
        Api.Response again = alice.client().post(voidIt, null, KEY, key("void"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertReplayOf(again, first);
        assertProblem(alice.client().post("/api/v1/ledger/transfers/" + other + "/void", null, KEY, key("void")),
                422, "business-rule");
        assertKeyTooLong(alice.client().post("/api/v1/ledger/transfers/" + other + "/void", null, KEY, TOO_LONG));
        assertThat(accountOf(alice, a).get("debitsPending").getLongValue()).as("the other one is still pending")
                .isEqualTo(100);
        assertThat(balance(alice, a)).isEqualTo(1_000);
    }

    @Test
    void twentyRacingTransfersWithOneKeyMakeOneTransferAndTheOthersReplayOrAreTold409() throws Exception {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String body = transfer(UUID.randomUUID().toString(), a, b, 100, "");
        List<Api.Response> answers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sent.add(clients.submit(() -> {
                    start.await();
                    return alice.client().post(TRANSFERS, body, KEY, key("race"));
                }));
            }
            start.countDown();
            for (Future<Api.Response> answer : sent) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).filteredOn(answer -> answer.status() == 201 && answer.header(REPLAYED) == null).hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> assertProblem(answer, 409, "conflict"));
        assertThat(balance(alice, a)).isEqualTo(900);
        assertThat(entries(alice, a)).isEqualTo(2);
        Api.Response after = alice.client().post(TRANSFERS, body, KEY, key("race"));
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.header(REPLAYED)).isEqualTo("true");
    }

    @Test
    void aKeyedTransferWhoseKeyCannotBeStoredIsNotMadeAndItsRetryMakesItOnce() throws Exception {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String body = transfer(UUID.randomUUID().toString(), a, b, 100, "");
        failOnInsert("idempotency_key", "NEW.request_key = '" + key("lost") + "'", "57P01");
        try {
            assertProblem(alice.client().post(TRANSFERS, body, KEY, key("lost")), 503, "service-unavailable");
            assertThat(balance(alice, a)).as("the transfer went with its failed response").isEqualTo(1_000);
        } finally {
            dropFailure("idempotency_key");
        }

        Api.Response retry = alice.client().post(TRANSFERS, body, KEY, key("lost"));

        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header(REPLAYED)).isNull();
        assertThat(balance(alice, a)).isEqualTo(900);
    }

    /**
     * While both of the batcher's lanes are busy, an unkeyed transfer waits for another request's thread to make it in
     * that thread's transaction; a keyed one must not, or it would commit apart from its (here failing) response.
     */
    @Test
    void aKeyedTransferIsNotMadeInABatchThatAnotherRequestCommits() throws Exception {
        String a = account(alice, "A");
        String b = account(bob, "B");
        String held = account(alice, "Held");
        fund(a, 1_000);
        String body = transfer(UUID.randomUUID().toString(), a, b, 100, "");
        List<Future<Api.Response>> blocked = new ArrayList<>();
        failOnInsert("idempotency_key", "NEW.request_key = '" + key("batched") + "'", "57P01");
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
             Connection holder = TestDatabaseSession.database().connect()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("SELECT id FROM ledger_account WHERE id = '" + held + "'::uuid FOR UPDATE");
            }
            // Two transfers to the held account, one after the other: each leads a batch of its own, one per lane.
            for (int lane = 1; lane <= 2; lane++) {
                blocked.add(clients.submit(() -> api.post("/api/v1/ledger/transfers",
                        transfer(UUID.randomUUID().toString(), bank, held, 1, ""))));
                awaitLockWaiters(lane);
            }

            assertProblem(alice.client().post(TRANSFERS, body, KEY, key("batched")), 503,
                    "service-unavailable");

            holder.rollback();
            for (Future<Api.Response> transfer : blocked) {
                assertThat(transfer.get().status()).isIn(201, 503);
            }
        } finally {
            dropFailure("idempotency_key");
        }
        assertThat(balance(alice, a)).as("the transfer went with its failed response").isEqualTo(1_000);
    }

    /** Waits until {@code count} sessions of the test database wait for a lock. */
    private static void awaitLockWaiters(int count) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement query = connection.createStatement()) {
            while (true) {
                try (var waiting = query.executeQuery("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getInt(1) >= count) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("%d sessions waiting for a lock in time", count).isLessThan(deadline);
                Thread.sleep(2);
            }
        }
    }

    @Test
    void aKeyedTransferAbortedByADeadlockRunsAgainWholeAndIsMadeOnce() throws Exception {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String id = UUID.randomUUID().toString();
        String sequence = "test_deadlock_" + run.replace('-', '_');
        WorkDatabase.execute("CREATE SEQUENCE " + sequence);
        failOnInsert("ledger_transfer", "NEW.id = '" + id + "' AND nextval('" + sequence + "') = 1", "40P01");
        Api.Response made;
        try {
            made = alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""), KEY, key("deadlock"));
        } finally {
            dropFailure("ledger_transfer");
            WorkDatabase.execute("DROP SEQUENCE " + sequence);
        }

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header(REPLAYED)).isNull();
        assertThat(balance(alice, a)).isEqualTo(900);
        assertThat(entries(alice, a)).isEqualTo(2);
    }

    @Test
    void aKeyedTransferThatKeepsDeadlockingIs503AndNothingIsKeptUnderItsKey() throws Exception {
        String a = account(alice, "A");
        String b = account(bob, "B");
        fund(a, 1_000);
        String id = UUID.randomUUID().toString();
        failOnInsert("ledger_transfer", "NEW.id = '" + id + "'", "40P01");
        try {
            Api.Response refused = assertProblem(alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""),
                    KEY, key("deadlocks")), 503, "service-unavailable");
            assertThat(refused.header("Retry-After")).isNotBlank();
        } finally {
            dropFailure("ledger_transfer");
        }

        Api.Response retry = alice.client().post(TRANSFERS, transfer(id, a, b, 100, ""), KEY, key("deadlocks"));

        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header(REPLAYED)).isNull();
        assertThat(balance(alice, a)).isEqualTo(900);
    }

    /** Makes an insert into {@code table} of a row that matches {@code condition} fail with {@code sqlState}. */
    private static void failOnInsert(String table, String condition, String sqlState) throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE OR REPLACE FUNCTION test_fail_%1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF %2$s THEN RAISE EXCEPTION 'test failure' USING ERRCODE = '%3$s'; END IF;
                        RETURN NEW;
                    END $$""".formatted(table, condition, sqlState));
            ddl.execute(("CREATE TRIGGER test_fail_%1$s BEFORE INSERT ON %1$s FOR EACH ROW"
                    + " EXECUTE FUNCTION test_fail_%1$s()").formatted(table));
        }
    }

    private static void dropFailure(String table) throws Exception {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TRIGGER IF EXISTS test_fail_%1$s ON %1$s".formatted(table));
            ddl.execute("DROP FUNCTION IF EXISTS test_fail_%1$s()".formatted(table));
        }
    }
}
