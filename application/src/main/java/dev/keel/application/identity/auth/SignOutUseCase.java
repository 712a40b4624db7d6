package dev.keel.application.identity.auth;

public interface SignOutUseCase {

    /** Revokes the actor's session: its refresh tokens stop working (its access tokens at their expiry). */
    void signOut(SignOutCommand command);
}
