package dev.keel.domain.work.comment;

import dev.keel.domain.shared.ForbiddenException;

/** Only its author edits a comment; its author or a project ADMIN/OWNER deletes it. */
public final class CommentActionForbiddenException extends ForbiddenException {

    public CommentActionForbiddenException(String message) {
        super(message);
    }
}
