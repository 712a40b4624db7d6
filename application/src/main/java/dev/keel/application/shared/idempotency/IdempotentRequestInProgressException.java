package dev.keel.application.shared.idempotency;

import dev.keel.domain.shared.ConflictException;

/** The first request with this key has not finished yet. */
public final class IdempotentRequestInProgressException extends ConflictException {

    public IdempotentRequestInProgressException() {
        super("a request with this Idempotency-Key is still being processed; retry later");
    }
}
