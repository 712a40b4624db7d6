package dev.keel.application.ledger.transfer;

import dev.keel.domain.shared.BusinessRuleViolationException;
import dev.keel.domain.shared.DomainException;
import dev.keel.domain.shared.FieldViolation;

import java.util.List;

/** An atomic batch that one transfer spoilt: nothing of it was applied; {@code fields} names the first failing one. */
public final class BatchRefusedException extends BusinessRuleViolationException {

    private final int index;
    private final DomainException reason;

    public BatchRefusedException(int index, DomainException reason) {
        super("batch-refused", "Atomic batch refused",
                "transfers[" + index + "] was refused (" + reason.problemCode() + ": " + reason.getMessage() + "); nothing was applied");
        this.index = index;
        this.reason = reason;
    }

    @Override
    public List<FieldViolation> fields() {
        return List.of(new FieldViolation("transfers[" + index + "]", reason.problemCode() + ": " + reason.getMessage()));
    }
}
