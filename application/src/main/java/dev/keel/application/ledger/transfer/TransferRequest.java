package dev.keel.application.ledger.transfer;

import dev.keel.application.shared.Violations;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferTerms;
import dev.keel.domain.shared.money.Currency;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One transfer as a client asks for it: its id (the idempotency key) and its terms. */
public record TransferRequest(TransferId id, TransferTerms terms) {

    public static final int MAX_TIMEOUT_SECONDS = 30 * 24 * 3600;

    public TransferRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
    }

    /**
     * Validates the form of raw input (fields named under {@code prefix}, e.g. {@code transfers[2].}), reporting into
     * {@code violations}; the business rules (amount range, same account) are the ledger's, answered with 422.
     */
    public static TransferRequest of(Violations violations, String prefix, UUID id, UUID debitAccountId, UUID creditAccountId,
                                     BigDecimal amount, String currency, Boolean pending, Integer timeoutSeconds, String reference) {
        Currency validCurrency = violations.check(() -> Currency.of(prefix + "currency", currency));
        if (amount.stripTrailingZeros().scale() > 0) {
            violations.add(prefix + "amount", "must be a whole number of minor units");
        }
        boolean isPending = Boolean.TRUE.equals(pending);
        if (timeoutSeconds != null && !isPending) {
            violations.add(prefix + "timeoutSeconds", "applies to pending transfers only");
        } else if (timeoutSeconds != null && (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS)) {
            violations.add(prefix + "timeoutSeconds", "must be between 1 and " + MAX_TIMEOUT_SECONDS);
        }
        if (reference != null && (reference.isBlank() || reference.length() > TransferTerms.MAX_REFERENCE_LENGTH
                || reference.chars().anyMatch(Character::isISOControl))) {
            violations.add(prefix + "reference", "must be 1 to " + TransferTerms.MAX_REFERENCE_LENGTH + " characters, no control characters");
        }
        if (validCurrency == null || amount.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return new TransferRequest(new TransferId(id), new TransferTerms(new AccountId(debitAccountId), new AccountId(creditAccountId),
                minorUnits(amount), validCurrency, isPending, Optional.ofNullable(timeoutSeconds), Optional.ofNullable(reference)));
    }

    /**
     * The amount as a long; one beyond a long's range is held as the nearest long, which is outside 1..2^53 − 1 as well:
     * the ledger refuses it with the same 422 as any amount out of range (it is never stored, so nothing compares it).
     */
    private static long minorUnits(BigDecimal amount) {
        if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (amount.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return amount.longValueExact();
    }
}
