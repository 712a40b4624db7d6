package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static dev.keel.bootstrap.e2e.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@MicronautTest
class LedgerApiTest extends EndToEndTest {

    private TestUser alice;
    private TestUser bob;
    private String bank;

    @BeforeEach
    void accounts() {
        alice = signedInUser("alice");
        bob = signedInUser("bob");
        bank = api.post("/api/v1/ledger/accounts", "{\"name\":\"Bank " + run + "\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
    }

    private String account(TestUser owner, String name, String extra) {
        Api.Response opened = owner.client().post("/api/v1/ledger/accounts", "{\"name\":\"" + name + "\",\"currency\":\"EUR\"" + extra + "}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }

    private static String transfer(String id, String debit, String credit, long amount, String extra) {
        return "{\"id\":\"" + id + "\",\"debitAccountId\":\"" + debit + "\",\"creditAccountId\":\"" + credit + "\",\"amount\":" + amount
                + ",\"currency\":\"EUR\"" + extra + "}";
    }

    private Api.Response fund(String account, long amount) {
        return api.post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), bank, account, amount, ""));
    }

    private JsonNode accountOf(TestUser owner, String id) {
        return owner.client().get("/api/v1/ledger/accounts/" + id).json();
    }

    @Test
    void anAccountOpensEmptyAndBelongsToItsOpener() {
        Api.Response opened = alice.client().post("/api/v1/ledger/accounts",
                "{\"code\":\"alice-" + run + "\",\"name\":\"Savings\",\"currency\":\"EUR\",\"debitsMustNotExceedCredits\":true}");

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.header("Location")).isEqualTo("/api/v1/ledger/accounts/" + opened.text("id"));
        JsonNode account = opened.json();
        assertThat(account.get("ownerId").getStringValue()).isEqualTo(alice.id());
        assertThat(account.get("code").getStringValue()).isEqualTo("alice-" + run);
        assertThat(account.get("debitsMustNotExceedCredits").getBooleanValue()).isTrue();
        for (String figure : new String[] {"debitsPosted", "creditsPosted", "debitsPending", "creditsPending", "balance", "available", "version"}) {
            assertThat(account.get(figure).getLongValue()).as(figure).isZero();
        }
        assertThat(account.get("closedAt").isNull()).isTrue();
        assertProblem(bob.client().get("/api/v1/ledger/accounts/" + opened.text("id")), 404, "not-found");
        assertThat(api.get("/api/v1/ledger/accounts/" + opened.text("id")).status()).isEqualTo(200);
        assertProblem(alice.client().post("/api/v1/ledger/accounts",
                "{\"code\":\"alice-" + run + "\",\"name\":\"Again\",\"currency\":\"EUR\"}"), 409, "account-code-taken");
    }

    @Test
    void onlyAnAdministratorOpensAccountsForOthersOrWithoutOwner() {
        assertProblem(alice.client().post("/api/v1/ledger/accounts", "{\"name\":\"x\",\"currency\":\"EUR\",\"ownerId\":null}"), 403, "forbidden");
        assertProblem(alice.client().post("/api/v1/ledger/accounts",
                "{\"name\":\"x\",\"currency\":\"EUR\",\"ownerId\":\"" + bob.id() + "\"}"), 403, "forbidden");
        Api.Response forBob = api.post("/api/v1/ledger/accounts", "{\"name\":\"Bob's\",\"currency\":\"USD\",\"ownerId\":\"" + bob.id() + "\"}");
        assertThat(forBob.status()).isEqualTo(201);
        assertThat(bob.client().get("/api/v1/ledger/accounts?currency=USD").itemIds()).containsExactly(forBob.text("id"));
        assertThat(bob.client().get("/api/v1/ledger/accounts?currency=EUR").itemIds()).isEmpty();
        Api.Response invalid = assertProblem(alice.client().post("/api/v1/ledger/accounts",
                "{\"name\":\"\",\"currency\":\"EURO\",\"debitsMustNotExceedCredits\":true,\"creditsMustNotExceedDebits\":true}"), 400, "validation");
        assertThat(errorFields(invalid)).containsExactlyInAnyOrder("name", "currency", "creditsMustNotExceedDebits");
        assertProblem(alice.client().post("/api/v1/ledger/accounts", "{\"name\":\"x\",\"currency\":\"XYZ\"}"), 400, "validation");
    }

    @Test
    void anAdministratorDemotedSinceTheirTokenWasIssuedNoLongerActsOnOthersAccounts() {
        String email = "dora-" + run + "@example.com";
        Api.Response created = api.post("/api/v1/users", "{\"email\":\"" + email + "\",\"name\":\"Dora\",\"password\":\""
                + Api.PASSWORD + "\",\"role\":\"ADMIN\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api dora = anonymous.signedInAs(email, Api.PASSWORD);
        String a = account(alice, "A", "");
        fund(a, 1_000);
        String pending = UUID.randomUUID().toString();
        assertThat(alice.client().post("/api/v1/ledger/transfers", transfer(pending, a, bank, 100, ",\"pending\":true"))
                .status()).isEqualTo(201);
        String empty = account(alice, "Empty", "");
        // While she is one, her token's role is confirmed: she moves money from the bank.
        assertThat(dora.post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), bank, a, 5, "")).status())
                .isEqualTo(201);

        assertThat(api.patch("/api/v1/users/" + created.text("id"), "{\"role\":\"MEMBER\"}").status()).isEqualTo(200);

        for (Api.Response refused : List.of(
                dora.post("/api/v1/ledger/accounts", "{\"name\":\"x\",\"currency\":\"EUR\",\"ownerId\":null}"),
                dora.post("/api/v1/ledger/accounts", "{\"name\":\"x\",\"currency\":\"EUR\",\"ownerId\":\"" + bob.id() + "\"}"),
                dora.post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), bank, a, 5, "")),
                dora.post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), a, bank, 5, "")),
                dora.post("/api/v1/ledger/transfers/" + pending + "/void", null),
                dora.post("/api/v1/ledger/accounts/" + empty + "/close", null))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        }
        assertThat(accountOf(alice, a).get("balance").getLongValue()).isEqualTo(1_005);
        assertThat(alice.client().get("/api/v1/ledger/transfers/" + pending).text("state")).isEqualTo("PENDING");
        assertThat(accountOf(alice, empty).get("closedAt")).satisfiesAnyOf(node -> assertThat(node).isNull(),
                node -> assertThat(node.isNull()).isTrue());
        // Reads go by the token's claims.
        assertThat(dora.get("/api/v1/ledger/accounts/" + a).status()).isEqualTo(200);
    }

    @Test
    void anAccountsOwnerMustBeALiveUser() {
        TestUser leaving = signedInUser("leaving");
        assertThat(api.delete("/api/v1/users/" + leaving.id()).status()).isEqualTo(204);

        for (String owner : List.of(UUID.randomUUID().toString(), leaving.id())) {
            Api.Response refused = assertProblem(api.post("/api/v1/ledger/accounts",
                    "{\"code\":\"orphan-" + run + "\",\"name\":\"Orphan\",\"currency\":\"EUR\",\"ownerId\":\"" + owner + "\"}"),
                    422, "unknown-owner");
            assertThat(refused.text("detail")).contains(owner);
        }
        assertThat(api.post("/api/v1/ledger/accounts", "{\"code\":\"orphan-" + run + "\",\"name\":\"Kept\",\"currency\":\"EUR\",\"ownerId\":\""
                + bob.id() + "\"}").status()).as("the refused ones stored nothing, not even their code").isEqualTo(201);
    }

    @Test
    void aTransferMovesMoneyWritesTwoEntriesAndAnswersBothBalances() {
        String a = account(alice, "A", "");
        String b = account(bob, "B", "");
        fund(a, 10_000);
        String id = UUID.randomUUID().toString();

        Api.Response made = alice.client().post("/api/v1/ledger/transfers", transfer(id, a, b, 2_500, ",\"reference\":\"rent\""));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header("Location")).isEqualTo("/api/v1/ledger/transfers/" + id);
        assertThat(made.text("state")).isEqualTo("POSTED");
        assertThat(made.json().get("postedAmount").getLongValue()).isEqualTo(2_500);
        assertThat(made.json().get("debitAccount").get("balance").getLongValue()).isEqualTo(7_500);
        assertThat(made.json().get("debitAccount").get("version").getLongValue()).isEqualTo(2);
        assertThat(made.json().get("creditAccount").get("balance").getLongValue()).isEqualTo(2_500);
        JsonNode entries = alice.client().get("/api/v1/ledger/accounts/" + a + "/entries").json().get("items");
        assertThat(entries.get(0).get("side").getStringValue()).isEqualTo("DEBIT");
        assertThat(entries.get(0).get("transferId").getStringValue()).isEqualTo(id);
        assertThat(entries.get(0).get("balanceAfter").getLongValue()).isEqualTo(7_500);
        assertThat(entries.get(0).get("accountVersion").getLongValue()).isEqualTo(2);
        assertThat(entries.get(1).get("side").getStringValue()).isEqualTo("CREDIT");
        assertThat(entries.get(1).get("balanceAfter").getLongValue()).isEqualTo(10_000);
        assertThat(bob.client().get("/api/v1/ledger/transfers/" + id).text("reference")).isEqualTo("rent");
        assertThat(bob.client().get("/api/v1/ledger/transfers?accountId=" + b).itemIds()).containsExactly(id);
        assertThat(bob.client().get("/api/v1/ledger/transfers?accountId=" + b + "&state=PENDING").itemIds()).isEmpty();
        String createdAt = made.text("createdAt");
        assertThat(bob.client().get("/api/v1/ledger/transfers?accountId=" + b + "&state=POSTED&createdBefore=" + createdAt).itemIds()).isEmpty();
        assertThat(bob.client().get("/api/v1/ledger/transfers?accountId=" + b + "&createdAfter=" + Instant.parse(createdAt).minusSeconds(1)).itemIds())
                .containsExactly(id);
        assertProblem(bob.client().get("/api/v1/ledger/transfers?accountId=" + a), 404, "not-found");
        assertProblem(signedInUser("carol").client().get("/api/v1/ledger/transfers/" + id), 404, "not-found");
    }

    @Test
    void theSameIdIsAReplayWithTheSameFieldsAndAConflictNamingTheOthers() {
        String a = account(alice, "A", "");
        String b = account(bob, "B", "");
        fund(a, 1_000);
        String id = UUID.randomUUID().toString();
        alice.client().post("/api/v1/ledger/transfers", transfer(id, a, b, 100, ""));

        Api.Response replay = alice.client().post("/api/v1/ledger/transfers", transfer(id, a, b, 100, ""));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.text("id")).isEqualTo(id);
        assertThat(accountOf(alice, a).get("balance").getLongValue()).isEqualTo(900);

        Api.Response conflict = assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(id, a, b, 101, ",\"reference\":\"x\"")),
                409, "transfer-exists");
        assertThat(errorFields(conflict)).containsExactly("amount", "reference");
    }

    @Test
    void concurrentRequestsWithTheSameIdMakeTheTransferOnceAndReplayItForTheOthers() throws Exception {
        String a = account(alice, "A", "");
        String b = account(bob, "B", "");
        fund(a, 1_000);
        String id = UUID.randomUUID().toString();
        List<Api.Response> answers;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sent.add(clients.submit(() -> alice.client().post("/api/v1/ledger/transfers", transfer(id, a, b, 100, ""))));
            }
            answers = new ArrayList<>();
            for (Future<Api.Response> answer : sent) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(Api.Response::status).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 200)
                .allSatisfy(answer -> assertThat(answer.header("Idempotent-Replayed")).isEqualTo("true"));
        assertThat(accountOf(alice, a).get("balance").getLongValue()).isEqualTo(900);
        assertThat(alice.client().get("/api/v1/ledger/accounts/" + a + "/entries").json().get("items").size()).isEqualTo(2);
    }

    @Test
    void eachRuleHasAProblemTypeOfItsOwn() {
        String capped = account(alice, "Capped", ",\"debitsMustNotExceedCredits\":true");
        String creditCapped = account(alice, "Credit capped", ",\"creditsMustNotExceedDebits\":true");
        String b = account(bob, "B", "");
        String usd = api.post("/api/v1/ledger/accounts", "{\"name\":\"USD\",\"currency\":\"USD\",\"ownerId\":\"" + alice.id() + "\"}").text("id");
        fund(capped, 100);

        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, capped, 1, "")), 422, "same-account");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), usd, b, 1, "")), 422, "currency-mismatch");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, b, 101, "")), 422, "insufficient-funds");
        assertProblem(api.post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), bank, creditCapped, 1, "")), 422, "credits-exceed-debits");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, b, 0, "")), 422, "amount-out-of-range");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, b, 9007199254740992L, "")),
                422, "amount-out-of-range");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, b, -5, "")),
                422, "amount-out-of-range");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, b, 1, "")
                .replace("\"amount\":1", "\"amount\":1e30")), 422, "amount-out-of-range");
        assertProblem(bob.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, b, 1, "")), 403, "forbidden");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), capped, UUID.randomUUID().toString(), 1, "")),
                404, "not-found");
        Api.Response malformed = assertProblem(alice.client().post("/api/v1/ledger/transfers",
                "{\"id\":\"x\",\"debitAccountId\":\"" + capped + "\",\"creditAccountId\":\"" + b + "\",\"amount\":\"1\",\"currency\":\"EUR\"}"), 400, "validation");
        assertThat(errorFields(malformed)).containsExactlyInAnyOrder("id", "amount");
        Api.Response fractional = assertProblem(alice.client().post("/api/v1/ledger/transfers",
                transfer(UUID.randomUUID().toString(), capped, b, 1, ",\"timeoutSeconds\":5").replace("\"amount\":1", "\"amount\":1.5")), 400, "validation");
        assertThat(errorFields(fractional)).containsExactlyInAnyOrder("amount", "timeoutSeconds");
        // Nothing of the refused transfers happened.
        assertThat(accountOf(alice, capped).get("balance").getLongValue()).isEqualTo(100);
        assertThat(accountOf(alice, capped).get("version").getLongValue()).isEqualTo(1);
    }

    @Test
    void noTotalBalanceOrAvailableAmountPassesTheLargestAmountJsonCarriesExactly() {
        long max = 9007199254740991L;
        String a = account(alice, "A", "");
        String b = account(bob, "B", "");
        String c = account(alice, "C", "");

        Api.Response made = move(alice, a, b, max - 10, "");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().get("debitAccount").get("available").getLongValue()).isEqualTo(-(max - 10));
        String pending = UUID.randomUUID().toString();
        Api.Response reserved = alice.client().post("/api/v1/ledger/transfers",
                transfer(pending, a, c, 10, ",\"pending\":true"));
        assertThat(reserved.status()).isEqualTo(201);

        Api.Response refused = assertProblem(move(alice, a, c, 1, ""), 422, "amount-out-of-range");
        assertThat(refused.text("detail")).contains(a, "9007199254740991");
        assertProblem(move(alice, a, c, 1, ",\"pending\":true"), 422, "amount-out-of-range");
        assertProblem(move(alice, c, b, 11, ""), 422, "amount-out-of-range");
        String both = transfer(UUID.randomUUID().toString(), c, a, 5, "") + ","
                + transfer(UUID.randomUUID().toString(), a, c, 6, "");
        assertProblem(batch("{\"atomic\":true,\"transfers\":[" + both + "]}"), 422, "batch-refused");
        String lone = UUID.randomUUID().toString();
        Api.Response each = batch("{\"atomic\":false,\"transfers\":[" + transfer(lone, a, c, 1, "") + "]}");
        assertThat(each.json().get("results").get(0).get("problem").get("type").getStringValue())
                .isEqualTo("urn:keel:problem:amount-out-of-range");

        Api.Response posted = alice.client().post("/api/v1/ledger/transfers/" + pending + "/post", null);
        assertThat(posted.status()).as("a reserved amount can always be posted: " + posted).isEqualTo(200);
        JsonNode full = accountOf(alice, a);
        assertThat(full.get("debitsPosted").getLongValue()).isEqualTo(max);
        assertThat(full.get("balance").getLongValue()).isEqualTo(-max);
        assertThat(full.get("available").getLongValue()).isEqualTo(-max);
        assertThat(accountOf(bob, b).get("creditsPosted").getLongValue()).isEqualTo(max - 10);
        assertThat(api.get("/api/v1/ledger/reconciliation").status()).isEqualTo(200);
    }

    /** A new transfer sent by {@code sender}. */
    private static Api.Response move(TestUser sender, String debit, String credit, long amount, String extra) {
        String id = UUID.randomUUID().toString();
        return sender.client().post("/api/v1/ledger/transfers", transfer(id, debit, credit, amount, extra));
    }

    @Test
    void aPendingTransferReservesUntilPostedOnceOrVoided() {
        String a = account(alice, "A", ",\"debitsMustNotExceedCredits\":true");
        String b = account(bob, "B", "");
        fund(a, 1_000);
        String pending = UUID.randomUUID().toString();

        Api.Response reserved = alice.client().post("/api/v1/ledger/transfers", transfer(pending, a, b, 600, ",\"pending\":true"));
        assertThat(reserved.text("state")).isEqualTo("PENDING");
        assertThat(reserved.json().get("debitAccount").get("available").getLongValue()).isEqualTo(400);
        assertThat(reserved.json().get("debitAccount").get("balance").getLongValue()).isEqualTo(1_000);
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), a, b, 401, "")), 422, "insufficient-funds");

        assertProblem(alice.client().post("/api/v1/ledger/transfers/" + pending + "/post", "{\"amount\":601}"), 422, "pending-amount-exceeded");
        Api.Response posted = alice.client().post("/api/v1/ledger/transfers/" + pending + "/post", "{\"amount\":250}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.text("state")).isEqualTo("POSTED");
        assertThat(posted.json().get("postedAmount").getLongValue()).isEqualTo(250);
        assertThat(posted.json().get("debitAccount").get("balance").getLongValue()).isEqualTo(750);
        assertThat(posted.json().get("debitAccount").get("available").getLongValue()).isEqualTo(750);
        assertProblem(alice.client().post("/api/v1/ledger/transfers/" + pending + "/post", null), 409, "transfer-resolved");
        assertProblem(alice.client().post("/api/v1/ledger/transfers/" + pending + "/void", null), 409, "transfer-resolved");

        String voided = UUID.randomUUID().toString();
        alice.client().post("/api/v1/ledger/transfers", transfer(voided, a, b, 700, ",\"pending\":true"));
        assertProblem(bob.client().post("/api/v1/ledger/transfers/" + voided + "/void", null), 403, "forbidden");
        Api.Response released = alice.client().post("/api/v1/ledger/transfers/" + voided + "/void", null);
        assertThat(released.text("state")).isEqualTo("VOIDED");
        JsonNode after = accountOf(alice, a);
        assertThat(after.get("debitsPending").getLongValue()).isZero();
        assertThat(after.get("available").getLongValue()).isEqualTo(750);
        assertThat(api.get("/api/v1/ledger/reconciliation").status()).isEqualTo(200);
    }

    @Test
    void anAtomicBatchIsAllOrNoneAndAnotherOneAnswersEachTransfer() {
        String a = account(alice, "A", ",\"debitsMustNotExceedCredits\":true");
        String b = account(bob, "B", "");
        fund(a, 100);
        String first = UUID.randomUUID().toString();
        String items = "[" + transfer(first, a, b, 60, "") + "," + transfer(UUID.randomUUID().toString(), a, b, 60, "") + "]";

        Api.Response refused = assertProblem(alice.client().post("/api/v1/ledger/transfers/batch", "{\"atomic\":true,\"transfers\":" + items + "}"),
                422, "batch-refused");
        assertThat(errorFields(refused)).containsExactly("transfers[1]");
        assertThat(accountOf(alice, a).get("balance").getLongValue()).isEqualTo(100);

        Api.Response each = alice.client().post("/api/v1/ledger/transfers/batch", "{\"atomic\":false,\"transfers\":" + items + "}");
        assertThat(each.status()).as(each.toString()).isEqualTo(200);
        JsonNode results = each.json().get("results");
        assertThat(results.get(0).get("status").getStringValue()).isEqualTo("created");
        assertThat(results.get(0).get("transfer").get("debitAccount").get("balance").getLongValue()).isEqualTo(40);
        assertThat(results.get(1).get("status").getStringValue()).isEqualTo("refused");
        assertThat(results.get(1).get("problem").get("type").getStringValue()).isEqualTo("urn:keel:problem:insufficient-funds");
        assertThat(results.get(1).get("problem").get("status").getIntValue()).isEqualTo(422);
        Api.Response again = alice.client().post("/api/v1/ledger/transfers/batch", "{\"atomic\":false,\"transfers\":" + items + "}");
        assertThat(again.json().get("results").get(0).get("status").getStringValue()).isEqualTo("replayed");
        assertThat(accountOf(alice, a).get("balance").getLongValue()).isEqualTo(40);
        assertProblem(alice.client().post("/api/v1/ledger/transfers/batch", "{\"atomic\":true,\"transfers\":[]}"), 400, "validation");
    }

    @Test
    void aListCursorServesOnlyTheListItWasGivenFor() {
        String a = account(alice, "A", "");
        String other = account(alice, "Other", "");
        String b = account(bob, "B", "");
        account(bob, "B2", "");
        for (String funded : List.of(a, other, b)) {
            fund(funded, 1);
            fund(funded, 2);
        }
        String entries = alice.client().get("/api/v1/ledger/accounts/" + a + "/entries?limit=1").text("nextCursor");
        String page = "/entries?limit=1&cursor=" + entries;
        assertThat(alice.client().get("/api/v1/ledger/accounts/" + a + page).status()).isEqualTo(200);
        assertThat(alice.client().get("/api/v1/ledger/accounts/" + a.toUpperCase() + page).status())
                .as("the same account, its id spelt in capitals").isEqualTo(200);
        String accounts = alice.client().get("/api/v1/ledger/accounts?limit=1").text("nextCursor");
        String transfers = alice.client().get("/api/v1/ledger/transfers?limit=1").text("nextCursor");

        for (Api.Response foreign : List.of(alice.client().get("/api/v1/ledger/accounts/" + other + page),
                bob.client().get("/api/v1/ledger/accounts/" + b + page),
                api.get("/api/v1/ledger/accounts/" + a + page),
                bob.client().get("/api/v1/ledger/accounts?limit=1&cursor=" + accounts),
                bob.client().get("/api/v1/ledger/transfers?limit=1&cursor=" + transfers))) {
            assertThat(errorFields(assertProblem(foreign, 400, "validation"))).containsExactly("cursor");
            assertThat(foreign.body()).contains("is not a valid cursor for this list");
        }
        String bobs = bob.client().get("/api/v1/ledger/accounts?limit=1").text("nextCursor");
        assertThat(bob.client().get("/api/v1/ledger/accounts?limit=1&cursor=" + bobs).status()).isEqualTo(200);
    }

    @Test
    void aTransferListWindowMustHoldAnInstant() {
        String window = "/api/v1/ledger/transfers?createdAfter=2026-01-01T00:00:00Z&createdBefore=";
        for (String before : List.of("2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z")) {
            Api.Response empty = assertProblem(alice.client().get(window + before), 400, "validation");
            assertThat(errorFields(empty)).containsExactly("createdBefore");
            assertThat(empty.body()).contains("must be later than createdAfter");
        }
        Api.Response both = assertProblem(alice.client().get(window + "2026-01-01T00:00:00Z&limit=0"),
                400, "validation");
        assertThat(errorFields(both)).containsExactlyInAnyOrder("createdBefore", "limit");
        assertThat(alice.client().get(window + "2026-01-01T00:00:01Z").status()).isEqualTo(200);
    }

    @Test
    void aBatchReportsEveryInvalidFieldAtOnce() {
        assertThat(errorFields(assertProblem(batch("{\"transfers\":[]}"), 400, "validation")))
                .containsExactlyInAnyOrder("atomic", "transfers");
        assertThat(errorFields(assertProblem(batch("{\"atomic\":\"x\",\"transfers\":[]}"), 400, "validation")))
                .containsExactlyInAnyOrder("atomic", "transfers");
        String badId = "{\"atomic\":true,\"transfers\":[" + transfer("x", bank, bank, 1, "") + "]}";
        assertThat(errorFields(assertProblem(batch(badId), 400, "validation"))).containsExactly("transfers[0].id");
        StringBuilder tooMany = new StringBuilder("{\"atomic\":1,\"transfers\":[");
        for (int i = 0; i <= 1000; i++) {
            tooMany.append(i == 0 ? "" : ",").append(transfer(UUID.randomUUID().toString(), bank, bank, 1, ""));
        }
        assertThat(errorFields(assertProblem(batch(tooMany + "]}"), 400, "validation")))
                .containsExactlyInAnyOrder("atomic", "transfers");
    }

    private Api.Response batch(String body) {
        return alice.client().post("/api/v1/ledger/transfers/batch", body);
    }

    @Test
    void anAccountClosesOnlyEmptyAndThenTakesNoTransfers() {
        String a = account(alice, "A", "");
        String b = account(bob, "B", "");
        fund(a, 50);

        assertProblem(alice.client().post("/api/v1/ledger/accounts/" + a + "/close", null), 422, "account-not-empty");
        alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), a, bank, 50, ""));
        Api.Response closed = alice.client().post("/api/v1/ledger/accounts/" + a + "/close", null);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.text("closedAt")).isNotNull();
        assertProblem(api.post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), bank, a, 1, "")), 422, "account-closed");
        assertProblem(alice.client().post("/api/v1/ledger/transfers", transfer(UUID.randomUUID().toString(), a, b, 1, "")), 422, "account-closed");
    }

    @Test
    void theBalanceAtAnInstantComesFromTheEntries() throws InterruptedException {
        String a = account(alice, "A", "");
        fund(a, 300);
        Instant between = Instant.parse(accountOf(alice, a).get("createdAt").getStringValue()).plusSeconds(0);
        String afterFirst = alice.client().get("/api/v1/ledger/accounts/" + a + "/entries").json().get("items").get(0).get("at").getStringValue();
        fund(a, 200);

        assertThat(alice.client().get("/api/v1/ledger/accounts/" + a + "/balance").json().get("balance").getLongValue()).isEqualTo(500);
        assertThat(alice.client().get("/api/v1/ledger/accounts/" + a + "/balance?asOf=" + afterFirst).json().get("balance").getLongValue())
                .isEqualTo(300);
        assertThat(alice.client().get("/api/v1/ledger/accounts/" + a + "/balance?asOf=" + between.minusSeconds(60)).json().get("balance")
                .getLongValue()).isZero();
        assertProblem(bob.client().get("/api/v1/ledger/accounts/" + a + "/balance"), 404, "not-found");
    }

    @Test
    void instantsBeyondYears1To9999Are400NamingTheParameter() {
        String a = account(alice, "A", "");
        String far = "%2B294277-01-01T00:00:00Z";

        for (String query : List.of("createdAfter=" + far, "createdBefore=" + far, "createdAfter=" + far + "&page=1",
                "createdBefore=-294276-01-01T00:00:00Z&accountId=" + a)) {
            Api.Response response = assertProblem(alice.client().get("/api/v1/ledger/transfers?" + query), 400,
                    "validation");
            assertThat(errorFields(response)).as(query).containsExactly(query.substring(0, query.indexOf('=')));
        }
        Api.Response balance = assertProblem(alice.client().get("/api/v1/ledger/accounts/" + a + "/balance?asOf=" + far),
                400, "validation");
        assertThat(errorFields(balance)).containsExactly("asOf");
        assertThat(alice.client().get("/api/v1/ledger/accounts/" + a + "/balance?asOf=9999-12-31T23:59:59Z").status())
                .isEqualTo(200);
    }

    @Test
    void entriesAreAppendOnlyAndReconciliationIsForAdministrators() {
        String a = account(alice, "A", "");
        fund(a, 10);

        assertThat(catchThrowable(() -> WorkDatabase.execute("UPDATE ledger_entry SET amount = 11 WHERE account_id = ?::uuid", a)))
                .hasMessageContaining("append-only");
        assertThat(catchThrowable(() -> WorkDatabase.execute("DELETE FROM ledger_entry WHERE account_id = ?::uuid", a)))
                .hasMessageContaining("append-only");
        assertProblem(alice.client().get("/api/v1/ledger/reconciliation"), 403, "forbidden");
        Api.Response books = api.get("/api/v1/ledger/reconciliation");
        assertThat(books.status()).as(books.toString()).isEqualTo(200);
        assertThat(books.json().get("balanced").getBooleanValue()).isTrue();
    }
}
