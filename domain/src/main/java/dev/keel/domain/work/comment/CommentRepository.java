package dev.keel.domain.work.comment;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.task.TaskId;

import java.util.List;
import java.util.Optional;

/** The store of comments and their revisions. */
public interface CommentRepository {

    /** The live comment on a live task of a live project the caller is a member of, with its author's name. */
    Optional<CommentView> findVisibleTo(CommentId id, UserId caller);

    /** A task's live comments, oldest first; the caller must already be known to see the task. */
    Page<CommentView> findOnTask(TaskId task, UserId caller, PageRequest page);

    void add(Comment comment);

    /** Writes the new text and keeps {@code previous} as a revision; {@code ConcurrentUpdateException} when stale. */
    void edit(Comment comment, CommentBody previous);

    /** Writes the soft deletion; {@code ConcurrentUpdateException} when stale. */
    void delete(Comment comment);

    /** The comment's earlier texts, oldest first. */
    List<CommentRevision> revisionsOf(CommentId id);
}
