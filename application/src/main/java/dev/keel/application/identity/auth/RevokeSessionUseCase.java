package dev.keel.application.identity.auth;

public interface RevokeSessionUseCase {

    /** {@code SessionNotFoundException} for an unknown session or one of another user (never revealed). */
    void revoke(RevokeSessionCommand command);
}
