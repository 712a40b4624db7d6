package dev.keel.domain.ledger.transfer;

import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.LedgerRuleException;
import dev.keel.domain.shared.money.Amounts;
import dev.keel.domain.shared.money.Currency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client asks of a transfer: the fields that make two requests with the same id the same request. The amount
 * and the accounts are checked here (422), the rest against the accounts.
 */
public record TransferTerms(AccountId debitAccountId, AccountId creditAccountId, long amount, Currency currency,
                            boolean pending, Optional<Integer> timeoutSeconds, Optional<String> reference) {

    public static final int MAX_REFERENCE_LENGTH = 255;

    public TransferTerms {
        Objects.requireNonNull(debitAccountId, "debitAccountId");
        Objects.requireNonNull(creditAccountId, "creditAccountId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timeoutSeconds, "timeoutSeconds");
        Objects.requireNonNull(reference, "reference");
    }

    /** The business rules of the request itself: two different accounts, an amount in range. */
    public void requireValid() {
        if (debitAccountId.equals(creditAccountId)) {
            throw LedgerRuleException.sameAccount();
        }
        if (!Amounts.inRange(amount)) {
            throw LedgerRuleException.amountOutOfRange();
        }
    }

    /** The API names of the fields in which {@code other} differs from these terms, in a fixed order. */
    public List<String> differences(TransferTerms other) {
        List<String> fields = new ArrayList<>();
        if (!debitAccountId.equals(other.debitAccountId)) {
            fields.add("debitAccountId");
        }
        if (!creditAccountId.equals(other.creditAccountId)) {
            fields.add("creditAccountId");
        }
        if (amount != other.amount) {
            fields.add("amount");
        }
        if (!currency.equals(other.currency)) {
            fields.add("currency");
        }
        if (pending != other.pending) {
            fields.add("pending");
        }
        if (!timeoutSeconds.equals(other.timeoutSeconds)) {
            fields.add("timeoutSeconds");
        }
        if (!reference.equals(other.reference)) {
            fields.add("reference");
        }
        return fields;
    }
}
