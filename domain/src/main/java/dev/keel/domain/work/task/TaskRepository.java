package dev.keel.domain.work.task;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The store of tasks. Everything that changes the ranks or the live tasks of a column first locks that column
 * ({@link #lockColumns}); the lock is held until the unit of work ends, so placements in one column are serialized and
 * a placement computed under the lock still holds when it commits.
 */
public interface TaskRepository {

    /**
     * The task with its names, labels and the caller's membership, in one read; empty when unknown, not visible to the
     * caller (not a member, project deleted), or deleted and {@code includeDeleted} is false.
     */
    Optional<TaskView> findVisibleTo(TaskId id, UserId caller, boolean includeDeleted);

    /**
     * A page of the project's tasks as {@code caller} (a member) sees them, each with its names and labels: one statement
     * per keyset slice, two per offset page, whatever the page size.
     */
    dev.keel.domain.shared.paging.Page<TaskView> find(ProjectId project, UserId caller, TaskFilter filter, TaskSort sort,
                                                      dev.keel.domain.shared.paging.PageRequest page);

    /** Locks the named columns of the project's board, in id order, and reads them; columns of other boards are left out. */
    List<ColumnOccupancy> lockColumns(ProjectId project, Collection<UUID> columnIds);

    /** Locks and reads every column of the project's board, in id order. */
    List<ColumnOccupancy> lockAllColumns(ProjectId project);

    /**
     * Those of {@code users} that are members of the project, whose memberships are kept from removal until the unit
     * of work ends (see {@link #isAssignable}).
     */
    Set<UserId> assignableAmong(ProjectId project, Set<UserId> users);

    /** Stores new tasks with their labels (put on by each task's creator): two batched statements. */
    void addAll(List<Task> tasks, java.util.Map<TaskId, Set<LabelId>> labels);

    /** The live tasks among {@code ids} as the caller sees them, in the order of {@code ids}: one statement. */
    List<TaskView> findAllVisibleTo(List<TaskId> ids, UserId caller);

    /** Locks and reads the first column (by position) of the project's board. */
    Optional<ColumnOccupancy> lockFirstColumn(ProjectId project);

    /**
     * The rank of {@code anchor}, a live task of the column, and the nearest rank of any other task of the column
     * (live or deleted, {@code moving} left out) above it ({@code Side.BEFORE}) or below it ({@code Side.AFTER});
     * empty when the anchor is no live task of that column.
     */
    Optional<Neighbours> neighbours(UUID columnId, TaskId anchor, TaskId moving, Side side);

    /** Re-spaces the ranks of one column, {@link Ranks#GAP} apart in their order; the column must be locked. */
    void respace(UUID columnId);

    /**
     * Those of {@code labels} that are labels of the project, kept from deletion until the unit of work ends: a
     * concurrent deletion either went first (the label is left out) or waits and then takes it off the tasks.
     */
    Set<LabelId> labelsOf(ProjectId project, Set<LabelId> labels);

    /**
     * Whether the user is a member of the project, and so may be assigned its tasks; the membership is kept from
     * removal until the unit of work ends, so a concurrent removal either went first (not assignable) or waits and
     * then unassigns the tasks this unit of work assigns.
     */
    boolean isAssignable(ProjectId project, UserId user);

    /** Stores a new task with its labels, put on by the task's creator. */
    void add(Task task, Set<LabelId> labels);

    /**
     * Puts the label on the task, recording who did and when, and advances the task's version; nothing when the task
     * already carries it.
     */
    void addLabel(TaskId task, LabelId label, UserId by, java.time.Instant now);

    /** Takes the label off the task and advances the task's version; nothing when the task does not carry it. */
    void removeLabel(TaskId task, LabelId label, java.time.Instant now);

    /** Writes the changed task; {@code ConcurrentUpdateException} when it is no longer at the version it was read at. */
    void update(Task task);

    /**
     * Writes only the task's place (column, rank, completion) and advances its version; with {@code checkVersion},
     * {@code ConcurrentUpdateException} when it is no longer at the version it was read at.
     */
    void place(Task task, boolean checkVersion);

    /** Removes the task for good, provided it is still at the version it was read at. */
    void remove(Task task);

    /** Locks the project's live tasks among {@code ids}, and answers the column of each one found. */
    java.util.Map<TaskId, UUID> lockLive(ProjectId project, List<TaskId> ids);

    /**
     * Applies one change to every task of {@code ids} in a fixed number of set-based statements: into the column (to its
     * bottom, in the order of {@code ids}, completion following its done flag; the column must be locked), assignee,
     * priority, labels added (by {@code by}) and removed; each task's version advances.
     */
    void applyToAll(List<TaskId> ids, BulkChange change, UserId by, java.time.Instant now);

    /** One change for many tasks: empty fields stay. */
    record BulkChange(Optional<ColumnOccupancy> column, Optional<UserId> assignee, boolean unassign, Optional<Priority> priority,
                      Set<LabelId> addLabels, Set<LabelId> removeLabels) {
    }

    enum Side { BEFORE, AFTER }

    /** An anchor's rank and its nearest neighbour's on one side (empty: the anchor is at that end of the column). */
    record Neighbours(long anchorRank, OptionalLong nearest) {
    }
}
