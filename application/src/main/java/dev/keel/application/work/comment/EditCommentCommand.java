package dev.keel.application.work.comment;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.comment.CommentBody;
import dev.keel.domain.work.comment.CommentId;

import java.util.Objects;
import java.util.Optional;

public record EditCommentCommand(Actor actor, CommentId id, Optional<Long> expectedVersion, CommentBody body) {

    public EditCommentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(body, "body");
    }

    public static EditCommentCommand of(Actor actor, CommentId id, Long expectedVersion, String body) {
        var violations = new Violations();
        CommentBody valid = violations.check(() -> new CommentBody(body));
        violations.throwIfAny();
        return new EditCommentCommand(actor, id, Optional.ofNullable(expectedVersion), valid);
    }
}
