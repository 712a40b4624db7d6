package dev.keel.application.shared.idempotency;

import java.util.Objects;

/** What a key's first request was (its fingerprint) and what it answered. */
public record IdempotencyRecord(String fingerprint, StoredResponse response) {

    public IdempotencyRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(response, "response");
    }
}
