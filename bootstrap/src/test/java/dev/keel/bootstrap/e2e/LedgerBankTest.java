package dev.keel.bootstrap.e2e;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jepsen's bank test against the HTTP API: 16 clients move money at random among 10 accounts that may not go below
 * zero (posted and pending transfers, posts, voids, expiries, batches, and every request sent twice as if its response
 * had been lost), while other clients keep reading balances and the reconciliation. Every read must show no account
 * beyond its limit and balanced books; at the end every transfer's final state explains every account's balance.
 */
@MicronautTest
class LedgerBankTest extends EndToEndTest {

    private static final int ACCOUNTS = 10;
    private static final int CLIENTS = 16;
    private static final int OPERATIONS_PER_CLIENT = 120;
    private static final long OPENING_BALANCE = 10_000;

    @Test
    void moneyIsNeverLostOrDoubledAmongTenAccounts() throws Exception {
        runBank(false);
    }

    @Test
    void moneyIsNeverLostOrDoubledWhenEveryTransferTouchesOneHotAccount() throws Exception {
        runBank(true);
    }

    private void runBank(boolean hotAccount) throws Exception {
        String bank = api.post("/api/v1/ledger/accounts", "{\"name\":\"Bank " + run + "\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String account = api.post("/api/v1/ledger/accounts",
                    "{\"name\":\"Customer " + i + "\",\"currency\":\"EUR\",\"ownerId\":null,\"debitsMustNotExceedCredits\":true}").text("id");
            accounts.add(account);
            assertThat(send(transfer(UUID.randomUUID().toString(), bank, account, OPENING_BALANCE, "")).status()).isEqualTo(201);
        }
        Queue<String> transferIds = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                writers.add(pool.submit(() -> client(accounts, hotAccount, transferIds, failures)));
            }
            List<Future<?>> readers = List.of(pool.submit(() -> readBalances(accounts, writing, failures)),
                    pool.submit(() -> readBooks(writing, failures)));
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();

        // Every transfer's final state explains every balance: each posted amount moved exactly once. The sweeper may
        // still expire a one-second pending transfer while the states are read: the accounts are read before and after
        // them, and the reading starts again until nothing changed in between.
        Map<String, JsonNode> figures = figures(accounts);
        Map<String, Long> expected = new HashMap<>();
        Map<String, Long> expectedPending = new HashMap<>();
        for (int reading = 1; ; reading++) {
            explain(accounts, transferIds, expected, expectedPending);
            Map<String, JsonNode> after = figures(accounts);
            if (versions(after).equals(versions(figures))) {
                break;
            }
            assertThat(reading).as("the accounts kept changing after the clients stopped").isLessThan(20);
            figures = after;
        }
        long total = 0;
        for (String account : accounts) {
            JsonNode figuresOfAccount = figures.get(account);
            assertThat(figuresOfAccount.get("balance").getLongValue()).as("balance of " + account).isEqualTo(expected.get(account));
            assertThat(figuresOfAccount.get("debitsPending").getLongValue()).as("pending of " + account)
                    .isEqualTo(expectedPending.getOrDefault(account, 0L));
            assertThat(figuresOfAccount.get("available").getLongValue()).isNotNegative();
            total += figuresOfAccount.get("balance").getLongValue();
        }
        assertThat(total).as("money is conserved among the customers").isEqualTo(ACCOUNTS * OPENING_BALANCE);
        Api.Response books = api.get("/api/v1/ledger/reconciliation");
        assertThat(books.status()).as(books.toString()).isEqualTo(200);
    }

    /** Each account's resource, by id. */
    private Map<String, JsonNode> figures(List<String> accounts) {
        Map<String, JsonNode> figures = new HashMap<>();
        accounts.forEach(account -> figures.put(account, api.get("/api/v1/ledger/accounts/" + account).json()));
        return figures;
    }

    /** Every account's version: it changes with every change to the account. */
    private static Map<String, Long> versions(Map<String, JsonNode> figures) {
        Map<String, Long> versions = new HashMap<>();
        figures.forEach((account, resource) -> versions.put(account, resource.get("version").getLongValue()));
        return versions;
    }

    /** Fills in the balances and pending debits that the transfers' current states account for. */
    private void explain(List<String> accounts, Queue<String> transferIds, Map<String, Long> expected, Map<String, Long> expectedPending) {
        expected.clear();
        expectedPending.clear();
        accounts.forEach(account -> expected.put(account, OPENING_BALANCE));
        for (String id : transferIds) {
            Api.Response found = api.get("/api/v1/ledger/transfers/" + id);
            if (found.status() == 404) {
                continue; // refused: it never existed
            }
            JsonNode transfer = found.json();
            String state = transfer.get("state").getStringValue();
            String debit = transfer.get("debitAccountId").getStringValue();
            String credit = transfer.get("creditAccountId").getStringValue();
            if (state.equals("POSTED")) {
                long posted = transfer.get("postedAmount").getLongValue();
                expected.merge(debit, -posted, Long::sum);
                expected.merge(credit, posted, Long::sum);
            } else if (state.equals("PENDING")) {
                expectedPending.merge(debit, transfer.get("amount").getLongValue(), Long::sum);
            }
        }
    }

    private void client(List<String> accounts, boolean hotAccount, Queue<String> transferIds, Queue<String> failures) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < OPERATIONS_PER_CLIENT; i++) {
            String debit = accounts.get(hotAccount && random.nextBoolean() ? 0 : random.nextInt(ACCOUNTS));
            String credit = accounts.get(hotAccount && !debit.equals(accounts.get(0)) ? 0 : random.nextInt(ACCOUNTS));
            if (debit.equals(credit)) {
                credit = accounts.get((accounts.indexOf(debit) + 1) % ACCOUNTS);
            }
            long amount = 1 + random.nextInt(3_000);
            int kind = random.nextInt(10);
            if (kind < 5) {
                String id = UUID.randomUUID().toString();
                expectSameTwice(transfer(id, debit, credit, amount, ""), failures);
                transferIds.add(id);
            } else if (kind < 7) {
                String id = UUID.randomUUID().toString();
                String timeout = random.nextBoolean() ? ",\"timeoutSeconds\":1" : "";
                if (expectSameTwice(transfer(id, debit, credit, amount, ",\"pending\":true" + timeout), failures)) {
                    pending.add(id);
                }
                transferIds.add(id);
            } else if (kind < 9 && !pending.isEmpty()) {
                String id = pending.remove(random.nextInt(pending.size()));
                String action = random.nextBoolean() ? "post" : "void";
                Api.Response resolved = api.post("/api/v1/ledger/transfers/" + id + "/" + action, null);
                if (resolved.status() != 200 && resolved.status() != 409 && resolved.status() != 422) {
                    failures.add(action + " " + id + ": " + resolved);
                }
            } else {
                StringBuilder items = new StringBuilder();
                for (int k = 0; k < 5; k++) {
                    String id = UUID.randomUUID().toString();
                    transferIds.add(id);
                    items.append(k == 0 ? "" : ",").append(transfer(id, accounts.get(random.nextInt(ACCOUNTS)),
                            accounts.get((k + 1 + accounts.indexOf(debit)) % ACCOUNTS), 1 + random.nextInt(500), ""));
                }
                String body = "{\"atomic\":" + random.nextBoolean() + ",\"transfers\":[" + items + "]}";
                for (int attempt = 0; attempt < 2; attempt++) {
                    Api.Response batch = api.post("/api/v1/ledger/transfers/batch", body);
                    if (batch.status() != 200 && batch.status() != 422) {
                        failures.add("batch: " + batch);
                    }
                }
            }
        }
    }

    /**
     * Sends a transfer twice, as a client whose first response was lost would: after a 201 the second must be its
     * replay; after a refusal (which left nothing behind) the second is a new attempt, made or refused. Answers whether
     * the transfer exists.
     */
    private boolean expectSameTwice(String body, Queue<String> failures) {
        Api.Response first = send(body);
        Api.Response second = send(body);
        if (first.status() == 201) {
            if (second.status() != 200 || !"true".equals(second.header("Idempotent-Replayed"))) {
                failures.add("retry of " + body + " was not a replay: " + second);
            }
            return true;
        }
        if (first.status() != 422 || (second.status() != 422 && second.status() != 201)) {
            failures.add("transfer " + body + ": " + first + " then " + second);
        }
        return second.status() == 201;
    }

    private void readBalances(List<String> accounts, AtomicBoolean writing, Queue<String> failures) {
        while (writing.get()) {
            for (String id : accounts) {
                JsonNode account = api.get("/api/v1/ledger/accounts/" + id).json();
                if (account.get("available").getLongValue() < 0) {
                    failures.add("account beyond its limit: " + account);
                }
            }
        }
    }

    private void readBooks(AtomicBoolean writing, Queue<String> failures) {
        while (writing.get()) {
            Api.Response books = api.get("/api/v1/ledger/reconciliation");
            if (books.status() != 200) {
                failures.add("reconciliation: " + books);
            }
        }
    }

    private Api.Response send(String body) {
        return api.post("/api/v1/ledger/transfers", body);
    }

    private static String transfer(String id, String debit, String credit, long amount, String extra) {
        return "{\"id\":\"" + id + "\",\"debitAccountId\":\"" + debit + "\",\"creditAccountId\":\"" + credit + "\",\"amount\":" + amount
                + ",\"currency\":\"EUR\"" + extra + "}";
    }
}
