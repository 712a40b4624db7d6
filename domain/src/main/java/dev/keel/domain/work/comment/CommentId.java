package dev.keel.domain.work.comment;

import java.util.Objects;
import java.util.UUID;

public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
