package dev.keel.application.shared.idempotency;

import java.util.Optional;

/** What claiming a key found. */
public sealed interface IdempotencyClaim {

    /** The key was free (or its earlier holder expired): this request runs and must complete or release it. */
    record Acquired() implements IdempotencyClaim {
    }

    /** Another request holds the key; {@code response} is present once it finished. */
    record Taken(String fingerprint, Optional<StoredResponse> response) implements IdempotencyClaim {
    }
}
