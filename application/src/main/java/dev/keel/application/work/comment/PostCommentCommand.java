package dev.keel.application.work.comment;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.comment.CommentBody;
import dev.keel.domain.work.task.TaskId;

import java.util.Objects;

public record PostCommentCommand(Actor actor, TaskId taskId, CommentBody body) {

    public PostCommentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(body, "body");
    }

    public static PostCommentCommand of(Actor actor, TaskId taskId, String body) {
        var violations = new Violations();
        CommentBody valid = violations.check(() -> new CommentBody(body));
        violations.throwIfAny();
        return new PostCommentCommand(actor, taskId, valid);
    }
}
