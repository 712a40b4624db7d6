package dev.keel.domain.work.comment;

import dev.keel.domain.shared.NotFoundException;

/** Unknown, deleted, or on a task the caller cannot see. */
public final class CommentNotFoundException extends NotFoundException {

    public CommentNotFoundException(CommentId id) {
        super("comment", id);
    }
}
