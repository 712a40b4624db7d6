package dev.keel.application.shared.idempotency;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** The key was first used with a different request. */
public final class IdempotencyKeyReusedException extends BusinessRuleViolationException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used with a different request");
    }
}
