package dev.keel.domain.ledger.account;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.money.Amounts;
import dev.keel.domain.shared.money.Currency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ledger account: its four running totals (posted and pending debits and credits, in minor units of its currency)
 * and the rules it keeps. Immutable: every change answers the account after it, one version on, so that a unit of work
 * can try a change and drop it when a later rule refuses.
 *
 * <p>An account's posted plus pending debits, and likewise its credits, stay within {@link Amounts#MAX} (2^53 − 1): so
 * every total, the balance and the available amount are numbers a JSON client reads exactly, and a pending amount,
 * already counted, can always be posted.
 */
public record Account(AccountId id, Optional<AccountCode> code, AccountName name, Currency currency, Optional<UserId> ownerId,
                      boolean debitsMustNotExceedCredits, boolean creditsMustNotExceedDebits, long debitsPosted,
                      long creditsPosted, long debitsPending, long creditsPending, long version, Instant createdAt,
                      Optional<Instant> closedAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(closedAt, "closedAt");
        if (debitsMustNotExceedCredits && creditsMustNotExceedDebits) {
            throw new IllegalArgumentException("an account keeps at most one of the two limits");
        }
    }

    public static Account open(AccountId id, Optional<AccountCode> code, AccountName name, Currency currency,
                               Optional<UserId> owner, boolean debitsMustNotExceedCredits,
                               boolean creditsMustNotExceedDebits, Instant now) {
        return new Account(id, code, name, currency, owner, debitsMustNotExceedCredits, creditsMustNotExceedDebits,
                0, 0, 0, 0, 0, now, Optional.empty());
    }

    /** Posted credits less posted debits. */
    public long balance() {
        return creditsPosted - debitsPosted;
    }

    /** The balance less what pending debits hold back. */
    public long available() {
        return balance() - debitsPending;
    }

    public boolean isOpen() {
        return closedAt.isEmpty();
    }

    public boolean isOwnedBy(UserId user) {
        return ownerId.filter(user::equals).isPresent();
    }

    /** The account with {@code amount} more debits, posted or pending; refused when closed or beyond its limit. */
    public Account debit(long amount, boolean pending) {
        requireOpen();
        requireRoom(debitsPosted, debitsPending, amount);
        return pending ? with(debitsPosted, creditsPosted, add(debitsPending, amount), creditsPending)
                : with(add(debitsPosted, amount), creditsPosted, debitsPending, creditsPending);
    }

    /** The account with {@code amount} more credits, posted or pending; refused when closed or beyond its limit. */
    public Account credit(long amount, boolean pending) {
        requireOpen();
        requireRoom(creditsPosted, creditsPending, amount);
        return pending ? with(debitsPosted, creditsPosted, debitsPending, add(creditsPending, amount))
                : with(debitsPosted, add(creditsPosted, amount), debitsPending, creditsPending);
    }

    /** A pending debit of {@code reserved} resolved: {@code posted} of it (0 to {@code reserved}) becomes posted. */
    public Account settleDebit(long reserved, long posted) {
        return with(add(debitsPosted, posted), creditsPosted, debitsPending - reserved, creditsPending);
    }

    /** A pending credit of {@code reserved} resolved: {@code posted} of it becomes posted. */
    public Account settleCredit(long reserved, long posted) {
        return with(debitsPosted, add(creditsPosted, posted), debitsPending, creditsPending - reserved);
    }

    /** Closes the account, which must hold nothing: zero balance, nothing pending. */
    public Account close(Instant now) {
        if (!isOpen()) {
            return this;
        }
        if (balance() != 0 || debitsPending != 0 || creditsPending != 0) {
            throw LedgerRuleException.accountNotEmpty(id);
        }
        return new Account(id, code, name, currency, ownerId, debitsMustNotExceedCredits, creditsMustNotExceedDebits,
                debitsPosted, creditsPosted, debitsPending, creditsPending, version + 1, createdAt, Optional.of(now));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw LedgerRuleException.accountClosed(id);
        }
    }

    /** Refuses {@code amount} more on a side whose posted plus pending total would pass {@link Amounts#MAX}. */
    private void requireRoom(long posted, long pending, long amount) {
        if (add(add(posted, pending), amount) > Amounts.MAX) {
            throw LedgerRuleException.totalsOverflow(id);
        }
    }

    private Account with(long newDebitsPosted, long newCreditsPosted, long newDebitsPending, long newCreditsPending) {
        if (debitsMustNotExceedCredits && add(newDebitsPosted, newDebitsPending) > newCreditsPosted) {
            throw LedgerRuleException.insufficientFunds(id);
        }
        if (creditsMustNotExceedDebits && add(newCreditsPosted, newCreditsPending) > newDebitsPosted) {
            throw LedgerRuleException.creditsExceedDebits(id);
        }
        return new Account(id, code, name, currency, ownerId, debitsMustNotExceedCredits, creditsMustNotExceedDebits,
                newDebitsPosted, newCreditsPosted, newDebitsPending, newCreditsPending, version + 1, createdAt, closedAt);
    }

    private long add(long total, long amount) {
        try {
            return Math.addExact(total, amount);
        } catch (ArithmeticException e) {
            throw LedgerRuleException.totalsOverflow(id);
        }
    }
}
