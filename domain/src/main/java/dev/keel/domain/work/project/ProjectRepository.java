package dev.keel.domain.work.project;

import dev.keel.domain.identity.user.UserId;

import java.util.Optional;

/** The store of projects, their memberships and boards. Implementations translate storage failures into domain errors. */
public interface ProjectRepository {

    /**
     * Stores a new project with its owner's membership (of id {@code ownerMembershipId}); {@link ProjectSlugTakenException} when a live project has the
     * slug; callers that go on after that failure run the call behind a savepoint (PostgreSQL aborts the transaction).
     */
    Project add(Project project, java.util.UUID ownerMembershipId);

    /** Stores a project's board and its columns, created at {@code now}. */
    void addBoard(Board board, java.time.Instant now);

    /** The live project with the caller's membership of it, in one read; empty when unknown, deleted or not a member. */
    Optional<ProjectView> findLiveVisibleTo(ProjectId id, UserId member);

    /** The board of a project, columns in position order. */
    Optional<Board> findBoard(ProjectId id);
}
