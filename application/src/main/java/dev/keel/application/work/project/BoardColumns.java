package dev.keel.application.work.project;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.ProjectId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The columns of a board. Every change of positions first locks the board ({@link #lockBoard}), so concurrent changes
 * keep the positions 0..n-1, each once. Name clashes are {@code ColumnNameTakenException}.
 */
public interface BoardColumns {

    /** The column with the caller's membership of its live project; empty when unknown or not visible. */
    Optional<ColumnDetails> findVisibleTo(UUID columnId, UserId caller);

    /**
     * Locks the project's board and answers how many columns it has, counted once the lock is held (so the count
     * includes the changes of the writers this one waited for).
     */
    int lockBoard(ProjectId project);

    /** Inserts the column at its position, the columns from there on moving one down. */
    void insert(ProjectId project, BoardColumn column, Instant now);

    /**
     * Writes the column's new settings, moving the columns between its old and new position by one, and sets or clears
     * the completion of its live tasks when its done flag changes; {@code ConcurrentUpdateException} when it is no longer
     * at {@code version}.
     */
    void update(ProjectId project, BoardColumn before, BoardColumn after, long version, Instant now);

    /** Moves every task of {@code from} (live or deleted) to the bottom of {@code to}, in their order. */
    void moveTasks(UUID from, UUID to, boolean toIsDone, long fromRank, Instant now);

    /** Removes the column (and any deleted task still in it) and closes the gap in the positions. */
    void delete(ProjectId project, BoardColumn column, long version, Instant now);
}
