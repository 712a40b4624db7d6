package dev.keel.domain.ledger.transfer;

import java.util.Objects;
import java.util.UUID;

/** Chosen by the client: it is also the transfer's idempotency key. */
public record TransferId(UUID value) {

    public TransferId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
