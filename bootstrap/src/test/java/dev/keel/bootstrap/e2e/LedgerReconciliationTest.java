package dev.keel.bootstrap.e2e;

import dev.keel.application.ledger.transfer.LedgerAudit;
import dev.keel.application.ledger.transfer.Reconciliation;
import dev.keel.application.shared.UnitOfWork;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

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
}
