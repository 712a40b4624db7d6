package dev.keel.domain.shared;

import java.util.Objects;

/** One rejected input value: the field it came from and a message a client can show. */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
