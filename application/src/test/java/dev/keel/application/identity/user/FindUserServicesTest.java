package dev.keel.application.identity.user;

import dev.keel.application.shared.UnitOfWork.Isolation;
import dev.keel.application.testing.DirectUnitOfWork;
import dev.keel.application.testing.DirectUnitOfWork.Call;
import dev.keel.application.testing.DirectUnitOfWork.Kind;
import dev.keel.application.testing.InMemoryUserRepository.FindCall;
import dev.keel.application.testing.SequentialIdGenerator;
import dev.keel.application.testing.UserWorld;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserSort;
import dev.keel.domain.identity.user.UserSortField;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindUserServicesTest {

    private final UserWorld world = new UserWorld();

    @Test
    void liveUserIsFound() {
        User created = world.createUser("ada@example.com", "Ada");

        UserProfile found = world.find.find(new FindUserQuery(UserWorld.ROOT, created.id()));

        assertThat(found).isEqualTo(created.profile());
        assertThat(found.email().value()).isEqualTo("ada@example.com");
        assertThat(found.version()).isZero();
    }

    @Test
    void unknownUserIsNotFound() {
        UserId unknown = new UserId(SequentialIdGenerator.nth(99));

        assertThatThrownBy(() -> world.find.find(new FindUserQuery(UserWorld.ROOT, unknown)))
                .isInstanceOfSatisfying(UserNotFoundException.class,
                        e -> assertThat(e.id()).isEqualTo(unknown.value().toString()));
    }

    @Test
    void softDeletedUserIsNotFound() {
        User created = world.createUser("ada@example.com", "Ada");
        world.softDelete(created.id());

        assertThatThrownBy(() -> world.find.find(new FindUserQuery(UserWorld.ROOT, created.id())))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void findingOneUserOnlyReads() {
        User created = world.createUser("ada@example.com", "Ada");
        int writesBefore = world.users.writes();

        world.find.find(new FindUserQuery(UserWorld.ROOT, created.id()));

        assertThat(world.unitOfWork.calls()).last().isEqualTo(new Call(Kind.READ, Isolation.READ_COMMITTED));
        assertThat(world.users.writes()).isEqualTo(writesBefore);
    }

    @Test
    void offsetPageIsReadInOneRepeatableReadSnapshot() {
        world.createUser("ada@example.com", "Ada");

        world.findMany.find(new FindUsersQuery(UserWorld.ROOT, UserFilter.ALL_LIVE, UserSort.DEFAULT, new PageRequest.Offset(1, 20)));

        assertThat(world.unitOfWork.calls()).last().isEqualTo(new Call(Kind.READ, Isolation.REPEATABLE_READ));
    }

    @Test
    void keysetPageIsReadAtReadCommitted() {
        world.createUser("ada@example.com", "Ada");

        world.findMany.find(new FindUsersQuery(UserWorld.ROOT, UserFilter.ALL_LIVE, UserSort.DEFAULT,
                new PageRequest.Keyset(20, Optional.empty())));

        assertThat(world.unitOfWork.calls()).last().isEqualTo(new Call(Kind.READ, Isolation.READ_COMMITTED));
    }

    @Test
    void listQueryReachesTheRepositoryUnchangedAndItsPageComesBack() {
        world.createUser("ada@example.com", "Ada");
        world.create.create(CreateUserCommand.of(Optional.of(UserWorld.ROOT), "grace@example.com", "Grace", "password1", "ADMIN"));
        world.createUser("linus@example.com", "Linus");
        UserFilter admins = new UserFilter(Optional.empty(), Optional.of(Role.ADMIN), Optional.empty(),
                Optional.empty(), Optional.empty(), UserFilter.Visibility.LIVE);
        UserSort byName = new UserSort(UserSortField.NAME, SortDirection.ASC);
        PageRequest.Offset firstPage = new PageRequest.Offset(1, 10);
        int writesBefore = world.users.writes();

        Page<UserProfile> page = world.findMany.find(new FindUsersQuery(UserWorld.ROOT, admins, byName, firstPage));

        assertThat(world.users.findCalls()).containsExactly(new FindCall(admins, byName, firstPage));
        assertThat(page).isInstanceOfSatisfying(Page.Offset.class, offset -> assertThat(offset.totalItems()).isEqualTo(1));
        assertThat(page.items()).extracting(u -> u.name().value()).containsExactly("Grace");
        assertThat(world.users.writes()).isEqualTo(writesBefore);
    }

    @Test
    void softDeletedUsersAreListedOnlyWhenAskedFor() {
        world.createUser("ada@example.com", "Ada");
        User grace = world.createUser("grace@example.com", "Grace");
        world.softDelete(grace.id());
        UserFilter deletedOnly = new UserFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), UserFilter.Visibility.DELETED_ONLY);
        PageRequest.Keyset first = new PageRequest.Keyset(10, Optional.empty());

        Page<UserProfile> live = world.findMany.find(new FindUsersQuery(UserWorld.ROOT, UserFilter.ALL_LIVE, UserSort.DEFAULT, first));
        Page<UserProfile> deleted = world.findMany.find(new FindUsersQuery(UserWorld.ROOT, deletedOnly, UserSort.DEFAULT, first));

        assertThat(live.items()).extracting(u -> u.name().value()).containsExactly("Ada");
        assertThat(deleted.items()).extracting(u -> u.name().value()).containsExactly("Grace");
        assertThat(world.unitOfWork.calls()).filteredOn(c -> c.kind() == DirectUnitOfWork.Kind.READ).hasSize(2);
    }
}
