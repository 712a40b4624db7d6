package dev.keel.application.work.comment;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.comment.CommentNotFoundException;
import dev.keel.domain.work.comment.CommentRepository;
import dev.keel.domain.work.comment.CommentRevision;
import jakarta.inject.Singleton;

import java.util.List;

/** Any member reads a comment's earlier texts, oldest first. */
@Singleton
public final class FindRevisionsService implements FindRevisionsUseCase {

    private final CommentRepository comments;
    private final UnitOfWork unitOfWork;

    public FindRevisionsService(CommentRepository comments, UnitOfWork unitOfWork) {
        this.comments = comments;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<CommentRevision> find(FindRevisionsQuery query) {
        return unitOfWork.read(() -> {
            comments.findVisibleTo(query.id(), query.actor().userId()).orElseThrow(() -> new CommentNotFoundException(query.id()));
            return comments.revisionsOf(query.id());
        });
    }
}
