package dev.keel.domain.work.comment;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.Lifecycle;
import dev.keel.domain.work.task.TaskId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A comment on a task. An edit keeps the text it replaces as a revision and stamps {@code editedAt}. */
public final class Comment {

    private final CommentId id;
    private final TaskId taskId;
    private final UserId authorId;
    private CommentBody body;
    private Instant editedAt;
    private final long version;
    private final Lifecycle lifecycle;

    private Comment(CommentId id, TaskId taskId, UserId authorId, CommentBody body, Instant editedAt, long version,
                    Lifecycle lifecycle) {
        this.id = Objects.requireNonNull(id, "id");
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.authorId = authorId;
        this.body = Objects.requireNonNull(body, "body");
        this.editedAt = editedAt;
        this.version = version;
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    public static Comment post(CommentId id, TaskId taskId, UserId author, CommentBody body, Instant now) {
        return new Comment(id, taskId, author, body, null, 0, Lifecycle.startingAt(now));
    }

    /** A comment as stored; {@code authorId} empty once its author was removed for good. */
    public static Comment rehydrate(CommentId id, TaskId taskId, Optional<UserId> authorId, CommentBody body,
                                    Optional<Instant> editedAt, Instant createdAt, Instant updatedAt, long version,
                                    Optional<Instant> deletedAt) {
        return new Comment(id, taskId, authorId.orElse(null), body, editedAt.orElse(null), version,
                Lifecycle.stored(createdAt, updatedAt, deletedAt.orElse(null)));
    }

    /** Replaces the text; the text it had is returned so that it can be kept. Empty when the text is the same. */
    public Optional<CommentBody> edit(CommentBody newBody, Instant now) {
        if (body.equals(newBody)) {
            return Optional.empty();
        }
        CommentBody previous = body;
        body = newBody;
        lifecycle.touch(now);
        editedAt = lifecycle.updatedAt();
        return Optional.of(previous);
    }

    public boolean isWrittenBy(UserId user) {
        return user.equals(authorId);
    }

    public void softDelete(Instant now) {
        lifecycle.softDelete(now);
    }

    public CommentId id() {
        return id;
    }

    public TaskId taskId() {
        return taskId;
    }

    public Optional<UserId> authorId() {
        return Optional.ofNullable(authorId);
    }

    public CommentBody body() {
        return body;
    }

    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return lifecycle.createdAt();
    }

    public Instant updatedAt() {
        return lifecycle.updatedAt();
    }

    public Optional<Instant> deletedAt() {
        return lifecycle.deletedAt();
    }
}
