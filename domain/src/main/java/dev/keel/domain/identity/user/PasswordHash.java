package dev.keel.domain.identity.user;

import java.util.Objects;

/** An encoded password hash (PHC string format). Kept out of logs by its {@code toString}. */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
