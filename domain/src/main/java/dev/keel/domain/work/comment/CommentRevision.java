package dev.keel.domain.work.comment;

import java.time.Instant;
import java.util.Objects;

/** A text a comment had until {@code replacedAt}. */
public record CommentRevision(CommentBody body, Instant replacedAt) {

    public CommentRevision {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(replacedAt, "replacedAt");
    }
}
