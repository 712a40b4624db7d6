package dev.keel.domain.ledger;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountName;
import dev.keel.domain.ledger.account.EntrySide;
import dev.keel.domain.ledger.account.LedgerRuleException;
import dev.keel.domain.ledger.transfer.LedgerBook;
import dev.keel.domain.ledger.transfer.PendingAmountExceededException;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferConflictException;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferState;
import dev.keel.domain.ledger.transfer.TransferTerms;
import dev.keel.domain.shared.money.Amounts;
import dev.keel.domain.shared.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerBookTest {

    private static final Currency EUR = new Currency("EUR");
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final UserId ACTOR = new UserId(UUID.randomUUID());

    private static Account account(boolean noOverdraft, long creditsPosted) {
        Account opened = Account.open(new AccountId(UUID.randomUUID()), Optional.empty(), new AccountName("a"), EUR, Optional.of(ACTOR),
                noOverdraft, false, NOW);
        return creditsPosted == 0 ? opened : new Account(opened.id(), opened.code(), opened.name(), EUR, opened.ownerId(), noOverdraft,
                false, 0, creditsPosted, 0, 0, 1, NOW, Optional.empty());
    }

    private static TransferTerms terms(Account debit, Account credit, long amount, boolean pending) {
        return new TransferTerms(debit.id(), credit.id(), amount, EUR, pending, Optional.empty(), Optional.empty());
    }

    @Test
    void aPostedTransferMovesTheAmountAndWritesTwoEntriesWithRunningBalances() {
        Account from = account(true, 100);
        Account to = account(false, 0);
        LedgerBook book = new LedgerBook(List.of(from, to));

        Transfer made = book.make(new TransferId(UUID.randomUUID()), terms(from, to, 30, false), ACTOR, NOW);

        assertThat(made.state()).isEqualTo(TransferState.POSTED);
        assertThat(book.account(from.id()).orElseThrow().balance()).isEqualTo(70);
        assertThat(book.account(to.id()).orElseThrow().balance()).isEqualTo(30);
        assertThat(book.entries()).extracting(entry -> entry.side() + " " + entry.amount() + " " + entry.balanceAfter() + " v" + entry.accountVersion())
                .containsExactly("DEBIT 30 70 v2", "CREDIT 30 30 v1");
        assertThat(book.entries()).extracting(entry -> entry.side()).containsExactly(EntrySide.DEBIT, EntrySide.CREDIT);
    }

    @Test
    void aRefusedTransferLeavesTheBookAsItWas() {
        Account from = account(true, 100);
        Account to = account(false, 0);
        LedgerBook book = new LedgerBook(List.of(from, to));

        assertThatThrownBy(() -> book.make(new TransferId(UUID.randomUUID()), terms(from, to, 101, false), ACTOR, NOW))
                .isInstanceOf(LedgerRuleException.class).extracting("problemCode").isEqualTo("insufficient-funds");

        assertThat(book.changedAccounts()).isEmpty();
        assertThat(book.created()).isEmpty();
        assertThat(book.account(from.id())).contains(from);
    }

    @Test
    void pendingAmountsCountAgainstTheLimitUntilResolvedOnce() {
        Account from = account(true, 100);
        Account to = account(false, 0);
        LedgerBook book = new LedgerBook(List.of(from, to));
        Transfer pending = book.make(new TransferId(UUID.randomUUID()), terms(from, to, 80, true), ACTOR, NOW);

        assertThat(book.account(from.id()).orElseThrow().available()).isEqualTo(20);
        assertThatThrownBy(() -> book.make(new TransferId(UUID.randomUUID()), terms(from, to, 21, false), ACTOR, NOW))
                .isInstanceOf(LedgerRuleException.class);
        assertThatThrownBy(() -> book.post(pending, Optional.of(81L), NOW)).isInstanceOf(PendingAmountExceededException.class);

        Transfer posted = book.post(pending, Optional.of(50L), NOW);

        assertThat(posted.postedAmount()).contains(50L);
        Account after = book.account(from.id()).orElseThrow();
        assertThat(after.debitsPending()).isZero();
        assertThat(after.balance()).isEqualTo(50);
        assertThat(book.account(to.id()).orElseThrow().creditsPending()).isZero();
        assertThatThrownBy(() -> book.release(posted, TransferState.VOIDED, NOW)).isInstanceOf(TransferConflictException.class);
    }

    @Test
    void theRequestItselfMustNameTwoAccountsAndAnAmountInRange() {
        Account one = account(false, 0);
        LedgerBook book = new LedgerBook(List.of(one));

        assertThatThrownBy(() -> book.make(new TransferId(UUID.randomUUID()), terms(one, one, 1, false), ACTOR, NOW))
                .extracting("problemCode").isEqualTo("same-account");
        Account other = account(false, 0);
        assertThatThrownBy(() -> new LedgerBook(List.of(one, other)).make(new TransferId(UUID.randomUUID()),
                terms(one, other, Amounts.MAX + 1, false), ACTOR, NOW)).extracting("problemCode").isEqualTo("amount-out-of-range");
    }

    @Test
    void anAccountsPostedPlusPendingTotalsStopAtTheLargestAmountJsonCarriesExactly() {
        Account from = account(false, 0);
        Account to = account(false, 0);
        LedgerBook book = new LedgerBook(List.of(from, to));
        book.make(new TransferId(UUID.randomUUID()), terms(from, to, Amounts.MAX - 10, false), ACTOR, NOW);

        assertThatThrownBy(() -> book.make(new TransferId(UUID.randomUUID()), terms(from, to, 11, true), ACTOR, NOW))
                .extracting("problemCode").isEqualTo("amount-out-of-range");
        Account third = account(false, 0);
        LedgerBook other = new LedgerBook(List.of(third, book.account(to.id()).orElseThrow()));
        Account credited = book.account(to.id()).orElseThrow();
        assertThatThrownBy(() -> other.make(new TransferId(UUID.randomUUID()), terms(third, credited, 11, false),
                ACTOR, NOW)).extracting("problemCode").isEqualTo("amount-out-of-range");
        assertThat(other.changedAccounts()).isEmpty();

        Transfer pending = book.make(new TransferId(UUID.randomUUID()), terms(from, to, 10, true), ACTOR, NOW);
        book.post(pending, Optional.empty(), NOW);

        Account debited = book.account(from.id()).orElseThrow();
        assertThat(debited.debitsPosted()).isEqualTo(Amounts.MAX);
        assertThat(debited.balance()).isEqualTo(-Amounts.MAX);
        assertThat(debited.available()).isEqualTo(-Amounts.MAX);
        assertThat(book.account(to.id()).orElseThrow().creditsPosted()).isEqualTo(Amounts.MAX);
    }

    @Test
    void differencesNameTheFieldsThatDiffer() {
        Account a = account(false, 0);
        Account b = account(false, 0);
        TransferTerms original = terms(a, b, 10, false);

        assertThat(original.differences(original)).isEmpty();
        assertThat(original.differences(new TransferTerms(a.id(), b.id(), 11, EUR, true, Optional.empty(), Optional.of("x"))))
                .containsExactly("amount", "pending", "reference");
    }
}
