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

    /**
     * The projects {@code member} belongs to (deleted ones: those they own), with their task counts, in a constant
     * number of statements whatever the page size.
     */
    dev.keel.domain.shared.paging.Page<ProjectView> findVisibleTo(UserId member, ProjectFilter filter, ProjectSort sort,
                                                                  dev.keel.domain.shared.paging.PageRequest page);

    /** The board of a project, columns in position order. */
    Optional<Board> findBoard(ProjectId id);

    /**
     * The project's members with their users' current names and e-mails (live users only), oldest membership first,
     * in one read; empty when the project is not live or {@code viewer} is not one of its members.
     */
    Optional<java.util.List<ProjectMember>> findMembersVisibleTo(ProjectId id, UserId viewer);

    /**
     * Makes {@code user} a member with {@code role} (a new membership gets {@code newMembershipId}), or changes the
     * role of a member; the version and {@code updatedAt} advance only when the role changes. Empty when no live user
     * has the id.
     */
    Optional<ProjectMember> putMember(ProjectId id, UserId user, ProjectRole role, java.util.UUID newMembershipId,
                                      java.time.Instant now);

    /**
     * Removes a member other than the owner, and unassigns their open tasks (those not in a done column, deleted ones
     * included) as changed at {@code now}; false when {@code user} is no such member.
     */
    boolean removeMember(ProjectId id, UserId user, java.time.Instant now);

    /**
     * Makes {@code newOwner}, a member, the owner and the current owner an ADMIN, and advances the project's version and
     * {@code updatedAt} (its owner changed); {@code ConcurrentUpdateException} when the project is no longer at the version
     * it was read at.
     */
    Project transferOwnership(Project project, UserId newOwner, java.time.Instant now);

    /** The project, deleted or not, with the caller's membership of it; empty when unknown or not a member. */
    Optional<ProjectView> findVisibleToIncludingDeleted(ProjectId id, UserId member);

    /**
     * Writes the changed project and returns it at its next version. {@code ConcurrentUpdateException} when the stored
     * version is no longer the one it was read at; {@link ProjectSlugTakenException} when a live project has the slug.
     */
    Project update(Project project);

    /** Removes the project and everything in it for good, provided it is still at the version it was read at. */
    void remove(Project project);

    /**
     * {@code base} when no live project has it, else {@code base} with the suffix one above the highest taken
     * {@code base-<n>}: the candidate for a derived slug (a concurrent create may still take it first).
     */
    ProjectSlug freeSlugLike(ProjectSlug base);
}
