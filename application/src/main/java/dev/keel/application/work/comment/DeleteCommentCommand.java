package dev.keel.application.work.comment;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.comment.CommentId;

import java.util.Objects;
import java.util.Optional;

public record DeleteCommentCommand(Actor actor, CommentId id, Optional<Long> expectedVersion) {

    public DeleteCommentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
