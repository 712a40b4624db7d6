package dev.keel.application.work.comment;

import dev.keel.domain.work.comment.CommentView;

public interface EditCommentUseCase {

    CommentView edit(EditCommentCommand command);
}
