package dev.keel.application.work.comment;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.comment.Comment;
import dev.keel.domain.work.comment.CommentActionForbiddenException;
import dev.keel.domain.work.comment.CommentNotFoundException;
import dev.keel.domain.work.comment.CommentRepository;
import dev.keel.domain.work.comment.CommentView;
import dev.keel.domain.work.project.ProjectPermission;
import jakarta.inject.Singleton;

/** Its author, or a project ADMIN or OWNER, soft-deletes a comment. */
@Singleton
public final class DeleteCommentService implements DeleteCommentUseCase {

    private final CommentRepository comments;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public DeleteCommentService(CommentRepository comments, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.comments = comments;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteCommentCommand command) {
        unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            CommentView view = comments.findVisibleTo(command.id(), command.actor().userId())
                    .orElseThrow(() -> new CommentNotFoundException(command.id()));
            Comment comment = view.comment();
            if (!comment.isWrittenBy(command.actor().userId()) && !view.membership().role().permits(ProjectPermission.MANAGE_MEMBERS)) {
                throw new CommentActionForbiddenException("only its author or a project ADMIN or OWNER deletes a comment");
            }
            Versioned.requireExpected("comment", comment.id(), command.expectedVersion(), comment.version());
            comment.softDelete(clock.now());
            comments.delete(comment);
            return null;
        });
    }
}
