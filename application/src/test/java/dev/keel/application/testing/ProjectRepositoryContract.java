package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.Board;
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectDescription;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectMember;
import dev.keel.domain.work.project.ProjectName;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.project.ProjectSlug;
import dev.keel.domain.work.project.ProjectSlugTakenException;
import dev.keel.domain.work.project.ProjectView;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link ProjectRepository} owes its callers, run against the in-memory fake
 * ({@code InMemoryProjectRepositoryTest}) and the PostgreSQL adapter ({@code ProjectPersistenceAdapterContractTest}).
 * Slugs carry the test's random marker, so that a shared store does not matter.
 */
public abstract class ProjectRepositoryContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant T0 = Instant.parse("2031-03-04T05:06:07.123456Z");

    protected final String run = HexFormat.of().formatHex(RANDOM.generateSeed(5));

    protected abstract ProjectRepository projects();

    protected abstract UnitOfWork unitOfWork();

    /** A user that exists in the store the projects refer to. */
    protected abstract UserId newUser();

    private Project project(String slug, UserId owner) {
        return Project.register(new ProjectId(UUID.randomUUID()), new ProjectName("Project " + slug),
                new ProjectSlug(slug + "-" + run), Optional.of(new ProjectDescription("About " + slug)), owner, T0);
    }

    private Project add(Project project) {
        return unitOfWork().write(() -> projects().add(project, UUID.randomUUID()));
    }

    @Test
    void anAddedProjectIsVisibleToItsOwnerAsOwner() {
        UserId owner = newUser();
        Project added = add(project("alpha", owner));

        ProjectView view = unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), owner)).orElseThrow();

        assertThat(view.membership().role()).isEqualTo(ProjectRole.OWNER);
        assertThat(view.membership().userId()).isEqualTo(owner);
        assertThat(view.membership().addedAt()).isEqualTo(T0);
        Project read = view.project();
        assertThat(read.id()).isEqualTo(added.id());
        assertThat(read.name()).isEqualTo(added.name());
        assertThat(read.slug()).isEqualTo(added.slug());
        assertThat(read.description()).isEqualTo(added.description());
        assertThat(read.ownerId()).isEqualTo(owner);
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.updatedAt()).isEqualTo(T0);
        assertThat(read.version()).isZero();
        assertThat(read.deletedAt()).isEmpty();
    }

    @Test
    void aProjectIsInvisibleToNonMembersAndAnUnknownOneToEveryone() {
        UserId owner = newUser();
        Project added = add(project("beta", owner));

        assertThat(unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), newUser()))).isEmpty();
        assertThat(unitOfWork().read(() -> projects().findLiveVisibleTo(new ProjectId(UUID.randomUUID()), owner))).isEmpty();
    }

    @Test
    void aSlugTakenByALiveProjectIsRefusedAndNothingOfTheRefusedProjectIsStored() {
        UserId owner = newUser();
        add(project("gamma", owner));
        Project clash = project("gamma", newUser());

        assertThatThrownBy(() -> add(clash)).isInstanceOf(ProjectSlugTakenException.class);
        assertThat(unitOfWork().read(() -> projects().findLiveVisibleTo(clash.id(), clash.ownerId()))).isEmpty();
    }

    @Test
    void aBoardIsReadBackWithItsColumnsInPositionOrder() {
        Project added = add(project("delta", newUser()));
        Board board = new Board(UUID.randomUUID(), added.id(), java.util.List.of(
                new BoardColumn(UUID.randomUUID(), "Later", 1, false, Optional.of(3)),
                new BoardColumn(UUID.randomUUID(), "Now", 0, false, Optional.empty()),
                new BoardColumn(UUID.randomUUID(), "Shipped", 2, true, Optional.empty())));

        unitOfWork().write(() -> {
            projects().addBoard(board, T0);
            return null;
        });

        Board read = unitOfWork().read(() -> projects().findBoard(added.id())).orElseThrow();
        assertThat(read.id()).isEqualTo(board.id());
        assertThat(read.columns()).extracting(BoardColumn::name).containsExactly("Now", "Later", "Shipped");
        assertThat(read.columns()).isEqualTo(board.columns());
        assertThat(read.columns().get(1).wipLimit()).contains(3);
        assertThat(unitOfWork().read(() -> projects().findBoard(new ProjectId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void membersAreListedOldestFirstWithTheirUsersAndOnlyToMembers() {
        UserId owner = newUser();
        Project added = add(project("epsilon", owner));
        UserId viewer = newUser();
        unitOfWork().write(() -> projects().putMember(added.id(), viewer, ProjectRole.VIEWER, UUID.randomUUID(), T0.plusSeconds(60)));

        var members = unitOfWork().read(() -> projects().findMembersVisibleTo(added.id(), viewer)).orElseThrow();

        assertThat(members).extracting(ProjectMember::userId).containsExactly(owner, viewer);
        assertThat(members).extracting(ProjectMember::role).containsExactly(ProjectRole.OWNER, ProjectRole.VIEWER);
        assertThat(members.get(1).addedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(members.get(1).name()).isEqualTo("Member " + run);
        assertThat(members.get(1).email()).isEqualTo(viewer + "@example.com");
        assertThat(unitOfWork().read(() -> projects().findMembersVisibleTo(added.id(), newUser()))).isEmpty();
        assertThat(unitOfWork().read(() -> projects().findMembersVisibleTo(new ProjectId(UUID.randomUUID()), owner))).isEmpty();
    }

    @Test
    void puttingAMemberAgainChangesTheRoleAndKeepsWhenTheyJoined() {
        Project added = add(project("zeta", newUser()));
        UserId member = newUser();

        ProjectMember first = unitOfWork().write(() -> projects().putMember(added.id(), member, ProjectRole.MEMBER,
                UUID.randomUUID(), T0.plusSeconds(1))).orElseThrow();
        ProjectMember second = unitOfWork().write(() -> projects().putMember(added.id(), member, ProjectRole.ADMIN,
                UUID.randomUUID(), T0.plusSeconds(2))).orElseThrow();

        assertThat(first.role()).isEqualTo(ProjectRole.MEMBER);
        assertThat(second.role()).isEqualTo(ProjectRole.ADMIN);
        assertThat(second.addedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), member)).orElseThrow().membership().role())
                .isEqualTo(ProjectRole.ADMIN);
        assertThat(unitOfWork().write(() -> projects().putMember(added.id(), new UserId(UUID.randomUUID()), ProjectRole.MEMBER,
                UUID.randomUUID(), T0))).isEmpty();
    }

    @Test
    void removingTakesAMemberOutButNeverTheOwner() {
        UserId owner = newUser();
        Project added = add(project("eta", owner));
        UserId member = newUser();
        unitOfWork().write(() -> projects().putMember(added.id(), member, ProjectRole.MEMBER, UUID.randomUUID(), T0));

        assertThat(unitOfWork().write(() -> projects().removeMember(added.id(), member, T0))).isTrue();
        assertThat(unitOfWork().write(() -> projects().removeMember(added.id(), member, T0))).isFalse();
        assertThat(unitOfWork().write(() -> projects().removeMember(added.id(), owner, T0))).isFalse();
        assertThat(unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), member))).isEmpty();
        assertThat(unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), owner))).isPresent();
    }

    @Test
    void theFreeSlugIsTheBaseOrOneAboveTheHighestLiveSuffix() {
        ProjectSlug base = new ProjectSlug("theta-" + run);
        assertThat(unitOfWork().read(() -> projects().freeSlugLike(base))).isEqualTo(base);
        add(project("theta", newUser()));
        Project third = add(project("theta", newUser()).withSlug(base.withSuffix(3)));

        assertThat(unitOfWork().read(() -> projects().freeSlugLike(base))).isEqualTo(base.withSuffix(4));

        Project deleted = unitOfWork().read(() -> projects().findLiveVisibleTo(third.id(), third.ownerId())).orElseThrow().project();
        deleted.softDelete(T0.plusSeconds(5));
        unitOfWork().write(() -> projects().update(deleted));
        assertThat(unitOfWork().read(() -> projects().freeSlugLike(base))).isEqualTo(base.withSuffix(2));
    }

    @Test
    void anUpdateAdvancesTheVersionAndAStaleOneIsRefused() {
        UserId owner = newUser();
        Project added = add(project("iota", owner));
        Project read = unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), owner)).orElseThrow().project();
        Project stale = unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), owner)).orElseThrow().project();

        read.rename(new ProjectName("Renamed"), T0.plusSeconds(1));
        read.describe(Optional.empty(), T0.plusSeconds(1));
        Project updated = unitOfWork().write(() -> projects().update(read));
        stale.rename(new ProjectName("Lost"), T0.plusSeconds(2));

        assertThat(updated.version()).isEqualTo(1);
        Project reread = unitOfWork().read(() -> projects().findLiveVisibleTo(added.id(), owner)).orElseThrow().project();
        assertThat(reread.name().value()).isEqualTo("Renamed");
        assertThat(reread.description()).isEmpty();
        assertThat(reread.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(reread.version()).isEqualTo(1);
        assertThatThrownBy(() -> unitOfWork().write(() -> projects().update(stale)))
                .isInstanceOf(dev.keel.domain.shared.ConcurrentUpdateException.class);
        assertThatThrownBy(() -> unitOfWork().write(() -> {
            projects().remove(stale);
            return null;
        })).isInstanceOf(dev.keel.domain.shared.ConcurrentUpdateException.class);
    }

    @Test
    void aRemovedProjectIsGoneWithItsMembersAndBoard() {
        UserId owner = newUser();
        Project added = add(project("kappa", owner));
        unitOfWork().write(() -> {
            projects().addBoard(Board.standard(added.id(), UUID::randomUUID), T0);
            return null;
        });

        unitOfWork().write(() -> {
            projects().remove(added);
            return null;
        });

        assertThat(unitOfWork().read(() -> projects().findVisibleToIncludingDeleted(added.id(), owner))).isEmpty();
        assertThat(unitOfWork().read(() -> projects().findBoard(added.id()))).isEmpty();
    }
}

