package dev.keel.application.work.comment;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.comment.CommentId;

import java.util.Objects;

public record FindRevisionsQuery(Actor actor, CommentId id) {

    public FindRevisionsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
