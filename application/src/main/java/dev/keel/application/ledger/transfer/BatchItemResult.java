package dev.keel.application.ledger.transfer;

import dev.keel.domain.shared.DomainException;

/** The outcome of one transfer of a batch. */
public sealed interface BatchItemResult {

    record Made(TransferResult result) implements BatchItemResult {
    }

    record Refused(DomainException reason) implements BatchItemResult {
    }
}
