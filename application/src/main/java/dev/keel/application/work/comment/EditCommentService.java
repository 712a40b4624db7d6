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
import jakarta.inject.Singleton;

/** Only its author edits a comment; the replaced text is kept as a revision in the same unit of work. */
@Singleton
public final class EditCommentService implements EditCommentUseCase {

    private final CommentRepository comments;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public EditCommentService(CommentRepository comments, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.comments = comments;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public CommentView edit(EditCommentCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            CommentView view = comments.findVisibleTo(command.id(), command.actor().userId())
                    .orElseThrow(() -> new CommentNotFoundException(command.id()));
            Comment comment = view.comment();
            if (!comment.isWrittenBy(command.actor().userId())) {
                throw new CommentActionForbiddenException("only its author edits a comment");
            }
            Versioned.requireExpected("comment", comment.id(), command.expectedVersion(), comment.version());
            return comment.edit(command.body(), clock.now()).map(previous -> {
                comments.edit(comment, previous);
                return comments.findVisibleTo(command.id(), command.actor().userId()).orElseThrow();
            }).orElse(view);
        });
    }
}
