package dev.keel.application.identity.auth;

import java.util.Objects;

/**
 * A sign-in attempt as the client sent it. E-mail and password are not validated as for a new user: a malformed
 * one simply matches no account, and gets the same answer as any other wrong credentials.
 */
public record SignInCommand(String email, String password, String userAgent, String clientAddress) {

    public SignInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SignInCommand[****]";
    }
}
