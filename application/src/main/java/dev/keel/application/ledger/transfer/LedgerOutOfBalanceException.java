package dev.keel.application.ledger.transfer;

import dev.keel.domain.shared.ConflictException;
import dev.keel.domain.shared.FieldViolation;

import java.util.List;

/** The reconciliation found the books out of balance; each violation is listed. */
public final class LedgerOutOfBalanceException extends ConflictException {

    private final List<FieldViolation> violations;

    public LedgerOutOfBalanceException(List<String> violations) {
        super("ledger-out-of-balance", "Ledger out of balance", violations.size() + " reconciliation check(s) failed: see errors");
        this.violations = violations.stream().map(violation -> new FieldViolation("ledger", violation)).toList();
    }

    @Override
    public List<FieldViolation> fields() {
        return violations;
    }
}
