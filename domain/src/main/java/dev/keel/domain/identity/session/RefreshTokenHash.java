package dev.keel.domain.identity.session;

import java.util.Objects;

/** The SHA-256 of a refresh token, hex-encoded: the only form in which a refresh token is ever stored. */
public record RefreshTokenHash(String value) {

    public RefreshTokenHash {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a refresh token hash is 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return "RefreshTokenHash[****]";
    }
}
