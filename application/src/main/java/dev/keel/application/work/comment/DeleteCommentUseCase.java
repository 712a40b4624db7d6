package dev.keel.application.work.comment;

public interface DeleteCommentUseCase {

    void delete(DeleteCommentCommand command);
}
