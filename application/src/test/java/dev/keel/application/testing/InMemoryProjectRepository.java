package dev.keel.application.testing;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.work.project.Board;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectMember;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.project.ProjectSlug;
import dev.keel.domain.work.project.ProjectSlugTakenException;
import dev.keel.domain.work.project.ProjectView;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link ProjectRepository} in memory, keeping the same contract as the PostgreSQL adapter. */
public final class InMemoryProjectRepository implements ProjectRepository {

    private record MemberKey(ProjectId project, UserId user) {
    }

    private final Map<ProjectId, Project> projects = new LinkedHashMap<>();
    private final Map<MemberKey, Membership> members = new LinkedHashMap<>();
    private final Map<ProjectId, Board> boards = new LinkedHashMap<>();
    private final Map<UserId, String[]> users = new LinkedHashMap<>();

    @Override
    public Project add(Project project, UUID ownerMembershipId) {
        boolean taken = projects.values().stream()
                .anyMatch(other -> !other.isDeleted() && other.slug().equals(project.slug()));
        if (taken) {
            throw new ProjectSlugTakenException(project.slug());
        }
        if (projects.containsKey(project.id())) {
            throw new IllegalStateException("duplicate project id " + project.id());
        }
        projects.put(project.id(), project);
        members.put(new MemberKey(project.id(), project.ownerId()),
                new Membership(project.id(), project.ownerId(), ProjectRole.OWNER, project.createdAt()));
        return project;
    }

    @Override
    public void addBoard(Board board, Instant now) {
        if (!projects.containsKey(board.projectId()) || boards.containsKey(board.projectId())) {
            throw new IllegalStateException("no project, or a board already, for " + board.projectId());
        }
        boards.put(board.projectId(), board);
    }

    @Override
    public Optional<ProjectView> findLiveVisibleTo(ProjectId id, UserId member) {
        return findVisibleToIncludingDeleted(id, member).filter(view -> !view.project().isDeleted());
    }

    @Override
    public Optional<Board> findBoard(ProjectId id) {
        return Optional.ofNullable(boards.get(id));
    }

    @Override
    public Optional<List<ProjectMember>> findMembersVisibleTo(ProjectId id, UserId viewer) {
        if (findLiveVisibleTo(id, viewer).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(members.values().stream().filter(m -> m.projectId().equals(id))
                .sorted(Comparator.comparing(Membership::addedAt).thenComparing(m -> m.userId().value().toString()))
                .map(this::listed).toList());
    }

    @Override
    public Optional<ProjectMember> putMember(ProjectId id, UserId user, ProjectRole role, UUID newMembershipId, Instant now) {
        if (!users.containsKey(user)) {
            return Optional.empty();
        }
        MemberKey key = new MemberKey(id, user);
        Membership earlier = members.get(key);
        Membership put = new Membership(id, user, role, earlier == null ? now : earlier.addedAt());
        members.put(key, put);
        return Optional.of(listed(put));
    }

    @Override
    public boolean removeMember(ProjectId id, UserId user, java.time.Instant now) {
        Membership member = members.get(new MemberKey(id, user));
        if (member == null || member.role() == ProjectRole.OWNER) {
            return false;
        }
        members.remove(new MemberKey(id, user));
        return true;
    }

    /** Makes {@code id} a live user with this name and e-mail (identity's side of the member list). */
    public void addUser(UserId id, String name, String email) {
        users.put(id, new String[] {name, email});
    }

    private ProjectMember listed(Membership membership) {
        String[] user = users.getOrDefault(membership.userId(), new String[] {"User " + membership.userId(), membership.userId() + "@example.com"});
        return new ProjectMember(membership.userId(), user[0], user[1], membership.role(), membership.addedAt());
    }

    @Override
    public Optional<ProjectView> findVisibleToIncludingDeleted(ProjectId id, UserId member) {
        return Optional.ofNullable(projects.get(id))
                .flatMap(project -> Optional.ofNullable(members.get(new MemberKey(id, member)))
                        .map(membership -> new ProjectView(copy(project, project.version()), membership)));
    }

    @Override
    public Project update(Project project) {
        Project stored = projects.get(project.id());
        if (stored == null || stored.version() != project.version()) {
            throw new ConcurrentUpdateException("project", project.id());
        }
        boolean taken = !project.isDeleted() && projects.values().stream().anyMatch(other -> !other.id().equals(project.id())
                && !other.isDeleted() && other.slug().equals(project.slug()));
        if (taken) {
            throw new ProjectSlugTakenException(project.slug());
        }
        Project next = copy(project, project.version() + 1);
        projects.put(project.id(), next);
        return copy(next, next.version());
    }

    @Override
    public void remove(Project project) {
        Project stored = projects.get(project.id());
        if (stored == null || stored.version() != project.version()) {
            throw new ConcurrentUpdateException("project", project.id());
        }
        projects.remove(project.id());
        members.keySet().removeIf(key -> key.project().equals(project.id()));
        boards.remove(project.id());
    }

    /** A detached copy, so that a caller's changes reach the store only through {@link #update}. */
    private static Project copy(Project project, long version) {
        return Project.rehydrate(project.id(), project.name(), project.slug(), project.description(), project.ownerId(),
                project.createdAt(), project.updatedAt(), version, project.deletedAt());
    }

    @Override
    public ProjectSlug freeSlugLike(ProjectSlug base) {
        return ProjectSlug.nextFree(base, projects.values().stream().filter(p -> !p.isDeleted())
                .map(p -> p.slug().value()).toList());
    }

    /** How many projects are stored, live or not. */
    public int size() {
        return projects.size();
    }

    /** Lists are SQL (keyset, per-project counts): they are tested against PostgreSQL only. */
    @Override
    public dev.keel.domain.shared.paging.Page<ProjectView> findVisibleTo(UserId member, dev.keel.domain.work.project.ProjectFilter filter,
                                                                         dev.keel.domain.work.project.ProjectSort sort,
                                                                         dev.keel.domain.shared.paging.PageRequest page) {
        throw new UnsupportedOperationException("project lists are tested against PostgreSQL");
    }

    /** Ownership transfers run against PostgreSQL only (the one-owner index orders their two updates). */
    @Override
    public Project transferOwnership(Project project, UserId newOwner, java.time.Instant now) {
        throw new UnsupportedOperationException("ownership transfers are tested against PostgreSQL");
    }
}
