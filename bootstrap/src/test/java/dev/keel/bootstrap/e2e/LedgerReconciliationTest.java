package dev.keel.bootstrap.e2e;

import dev.keel.application.ledger.transfer.LedgerAudit;
import dev.keel.application.ledger.transfer.Reconciliation;
import dev.keel.application.shared.UnitOfWork;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reconciliation finds books that do not balance. The corruption is made and audited inside one transaction that
 * is then rolled back, so the shared test database stays balanced for every other test.
 */
// Not transactional: the test makes and rolls back its own transaction.
@MicronautTest(transactional = false)
class LedgerReconciliationTest extends EndToEndTest {

    @Inject
    LedgerAudit audit;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    private static final class Undo extends RuntimeException {
    }

    @Test
    void figuresThatDisagreeWithTheEntriesAreListedAsViolations() {
        String bank = api.post("/api/v1/ledger/accounts", "{\"name\":\"Bank\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
        String account = api.post("/api/v1/ledger/accounts", "{\"name\":\"Audited\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
        api.post("/api/v1/ledger/transfers", "{\"id\":\"" + UUID.randomUUID() + "\",\"debitAccountId\":\"" + bank
                + "\",\"creditAccountId\":\"" + account + "\",\"amount\":70,\"currency\":\"EUR\"}");

        assertThatThrownBy(() -> unitOfWork.write(() -> {
            jdbc.prepareStatement("UPDATE ledger_account SET credits_posted = credits_posted + 5 WHERE id = ?::uuid", statement -> {
                statement.setString(1, account);
                return statement.executeUpdate();
            });
            Reconciliation books = audit.audit();
            assertThat(books.balances()).isFalse();
            assertThat(books.violations()).anyMatch(violation -> violation.startsWith("EUR: posted debits"))
                    .anyMatch(violation -> violation.contains("account " + account));
            throw new Undo();
        })).isInstanceOf(Undo.class);

        assertThat(api.get("/api/v1/ledger/reconciliation").status()).isEqualTo(200);
    }

    /** 2^53 - 1: the most an account's posted plus pending debits, or credits, may reach. */
    private static final long MAX = 9007199254740991L;
    /** Pairs of accounts with one transfer of {@link #MAX} between them: enough that a currency's totals pass 2^63. */
    private static final int PAIRS = 1025;

    @Test
    void currencyTotalsBeyondALongAreAnsweredExactlyAndStillChecked() {
        // Books no test can make through the API in its time, each account within its limit: written directly,
        // consistent, and committed (entries cannot be deleted), in a currency no other test uses.
        String books = UUID.randomUUID().toString();
        unitOfWork.write(() -> {
            update("""
                    INSERT INTO ledger_account (id, name, currency, is_debits_capped, is_credits_capped,
                                                debits_posted, credits_posted, debits_pending, credits_pending,
                                                created_at, updated_at, version)
                    SELECT md5(? || side || i)::uuid, 'Wide', 'XTS', false, false, CASE side WHEN 'd' THEN ? ELSE 0 END,
                           CASE side WHEN 'c' THEN ? ELSE 0 END, 0, 0, now(), now(), 1
                      FROM generate_series(1, ?) i, (VALUES ('d'), ('c')) sides(side)""", books, MAX, MAX, PAIRS);
            update("""
                    INSERT INTO ledger_transfer (id, debit_account_id, credit_account_id, amount, currency,
                                                 is_pending, state, posted_amount, created_at, updated_at, version,
                                                 resolved_at)
                    SELECT md5(? || 't' || i)::uuid, md5(? || 'd' || i)::uuid, md5(? || 'c' || i)::uuid, ?, 'XTS',
                           false, 'POSTED', ?, now(), now(), 0, now()
                      FROM generate_series(1, ?) i""", books, books, books, MAX, MAX, PAIRS);
            update("""
                    INSERT INTO ledger_entry (id, transfer_id, account_id, side, amount, balance_after, account_version,
                                              created_at)
                    SELECT gen_random_uuid(), md5(? || 't' || i)::uuid, md5(? || side || i)::uuid,
                           CASE side WHEN 'd' THEN 'DEBIT' ELSE 'CREDIT' END, ?,
                           CASE side WHEN 'd' THEN -? ELSE ? END, 1, now()
                      FROM generate_series(1, ?) i, (VALUES ('d'), ('c')) sides(side)""",
                    books, books, MAX, MAX, MAX, PAIRS);
            return null;
        });
        BigInteger total = BigInteger.valueOf(MAX).multiply(BigInteger.valueOf(PAIRS));
        assertThat(total).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));

        Api.Response answer = api.get("/api/v1/ledger/reconciliation");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).contains("{\"currency\":\"XTS\",\"debitsPosted\":" + total
                + ",\"creditsPosted\":" + total + ",\"debitsPending\":0,\"creditsPending\":0}");
        assertThatThrownBy(() -> unitOfWork.write(() -> {
            update("UPDATE ledger_account SET debits_posted = debits_posted + 1 WHERE id = md5(? || 'd1')::uuid",
                    books);
            assertThat(audit.audit().violations())
                    .contains("XTS: posted debits " + total.add(BigInteger.ONE) + " <> posted credits " + total);
            throw new Undo();
        })).isInstanceOf(Undo.class);
    }

    private int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }
}
