package dev.keel.application.identity.auth;

import java.time.Duration;
import java.util.Objects;

/** What a sign-in or a refresh hands out: an access token, its lifetime, and the next refresh token. */
public record IssuedTokens(String accessToken, Duration accessTokenLifetime, String refreshToken) {

    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "IssuedTokens[****]";
    }
}
