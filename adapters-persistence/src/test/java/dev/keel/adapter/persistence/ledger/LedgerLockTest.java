package dev.keel.adapter.persistence.ledger;

import dev.keel.adapter.persistence.identity.user.UserPersistenceAdapter;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountName;
import dev.keel.domain.ledger.transfer.LedgerBook;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferRepository;
import dev.keel.domain.ledger.transfer.TransferTerms;
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

/**
 * The lock every ledger write starts with: the accounts in id order, generic plans for the rest of the unit, and (for
 * transfers) the transfers with the requested ids read in the same round trip.
 */
@MicronautTest(transactional = false)
class LedgerLockTest {

    @Inject
    AccountPersistenceAdapter accounts;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    TransferPersistenceAdapter transfers;

    @Inject
    UserPersistenceAdapter users;

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

        SeenInTheUnit seen = unitOfWork.write(() -> new SeenInTheUnit(accounts.lock(List.of(second.id(), first.id())), planCacheMode()));

        // PostgreSQL orders uuids by their bytes, unsigned: as their lower-case text sorts.
        boolean firstSortsFirst = first.id().value().toString().compareTo(second.id().value().toString()) < 0;
        assertThat(seen.locked()).containsExactlyElementsOf(firstSortsFirst ? List.of(first, second) : List.of(second, first));
        assertThat(seen.planCacheMode()).isEqualTo("force_generic_plan");
        assertThat(unitOfWork.write(this::planCacheMode)).isEqualTo("auto");
    }

    @Test
    void theTransfersWithTheRequestedIdsAreReadWithTheLockedAccounts() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Account debit = open(now);
        Account credit = open(now);
        UserId clerk = new UserId(UUID.randomUUID());
        TransferId made = new TransferId(UUID.randomUUID());
        TransferId unknown = new TransferId(UUID.randomUUID());
        unitOfWork.write(() -> {
            users.add(User.register(clerk, new Email(clerk + "@example.com"), new UserName("Clerk"), Role.ADMIN,
                    new PasswordHash("$argon2id$fake"), now));
            accounts.add(debit);
            accounts.add(credit);
            LedgerBook book = new LedgerBook(accounts.lock(List.of(debit.id(), credit.id())));
            book.make(made, new TransferTerms(debit.id(), credit.id(), 25, new Currency("EUR"), false, Optional.empty(),
                    Optional.empty()), clerk, now);
            transfers.record(book, now);
            return null;
        });

        TransferRepository.LockedAccounts seen = unitOfWork.write(
                () -> transfers.lockAccountsAndFind(List.of(debit.id(), credit.id()), List.of(made, unknown)));

        assertThat(seen.accounts()).extracting(Account::id).containsExactlyInAnyOrder(debit.id(), credit.id());
        assertThat(seen.accounts()).allSatisfy(account -> assertThat(account.version()).isEqualTo(1));
        assertThat(seen.transfers()).containsOnlyKeys(made);
        assertThat(seen.transfers().get(made).terms().amount()).isEqualTo(25);
    }

    private record SeenInTheUnit(List<Account> locked, String planCacheMode) {
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
