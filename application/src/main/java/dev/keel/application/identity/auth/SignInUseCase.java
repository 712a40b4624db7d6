package dev.keel.application.identity.auth;

public interface SignInUseCase {

    /**
     * A new session for the user with this e-mail and password. Unknown e-mail, wrong password, suspended or
     * deleted user: the same {@code UnauthenticatedException}, after the same password check;
     * {@code TooManyAttemptsException} while the e-mail or the client address is locked out.
     */
    IssuedTokens signIn(SignInCommand command);
}
