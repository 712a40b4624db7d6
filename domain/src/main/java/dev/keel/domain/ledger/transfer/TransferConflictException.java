package dev.keel.domain.ledger.transfer;

import dev.keel.domain.shared.ConflictException;
import dev.keel.domain.shared.FieldViolation;

import java.util.List;

/** A transfer id reused with other fields (naming them), or a pending transfer resolved a second time. */
public final class TransferConflictException extends ConflictException {

    private final List<FieldViolation> fields;

    private TransferConflictException(String problemCode, String problemTitle, String message, List<FieldViolation> fields) {
        super(problemCode, problemTitle, message);
        this.fields = List.copyOf(fields);
    }

    public static TransferConflictException idReused(TransferId id, List<String> differingFields) {
        return new TransferConflictException("transfer-exists", "Transfer id already used",
                "transfer " + id + " exists with other fields: " + String.join(", ", differingFields),
                differingFields.stream().map(field -> new FieldViolation(field, "differs from the existing transfer")).toList());
    }

    public static TransferConflictException alreadyResolved(TransferId id, TransferState state) {
        return new TransferConflictException("transfer-resolved", "Transfer already resolved",
                "transfer " + id + " is " + state + ", not pending: a pending transfer is posted, voided or expires once", List.of());
    }

    @Override
    public List<FieldViolation> fields() {
        return fields;
    }
}
