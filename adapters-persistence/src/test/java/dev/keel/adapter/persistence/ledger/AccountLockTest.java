package dev.keel.adapter.persistence.ledger;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountName;
import dev.keel.domain.shared.money.Currency;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lock every ledger write starts with: the accounts in id order, and generic plans for the rest of the unit. */
@MicronautTest(transactional = false)
class AccountLockTest {

    @Inject
    AccountPersistenceAdapter accounts;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    @Test
    void theLockReturnsTheAccountsInIdOrderAndTheUnitOfWorkThenUsesGenericPlansUntilItEnds() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Account first = open(now);
        Account second = open(now);
        unitOfWork.write(() -> {
            accounts.add(first);
            accounts.add(second);
            return null;
        });

        List<Object> seenInTheUnit = unitOfWork.write(() -> List.of(accounts.lock(List.of(second.id(), first.id())), planCacheMode()));

        // PostgreSQL orders uuids by their bytes, unsigned: as their lower-case text sorts.
        List<AccountId> expectedOrder = List.of(first.id(), second.id()).stream()
                .sorted((a, b) -> a.value().toString().compareTo(b.value().toString())).toList();
        @SuppressWarnings("unchecked")
        List<Account> locked = (List<Account>) seenInTheUnit.get(0);
        assertThat(locked).extracting(Account::id).containsExactlyElementsOf(expectedOrder);
        assertThat(locked).first().isEqualTo(expectedOrder.getFirst().equals(first.id()) ? first : second);
        assertThat(seenInTheUnit.get(1)).isEqualTo("force_generic_plan");
        assertThat(unitOfWork.write(this::planCacheMode)).isEqualTo("auto");
    }

    private static Account open(Instant now) {
        return Account.open(new AccountId(UUID.randomUUID()), Optional.empty(), new AccountName("Lock probe"), new Currency("EUR"),
                Optional.empty(), false, false, now);
    }

    private String planCacheMode() {
        return jdbc.prepareStatement("SHOW plan_cache_mode", statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
