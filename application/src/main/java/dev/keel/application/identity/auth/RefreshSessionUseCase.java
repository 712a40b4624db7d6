package dev.keel.application.identity.auth;

public interface RefreshSessionUseCase {

    /**
     * Rotates the refresh token: the presented one is used up, a new pair is issued. A token that was already
     * used revokes its whole session. Unknown, used, expired or revoked: the same {@code UnauthenticatedException}.
     */
    IssuedTokens refresh(RefreshSessionCommand command);
}
