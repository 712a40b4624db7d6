package dev.keel.adapter.persistence.identity.user;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserSort;
import dev.keel.domain.identity.user.UserSortField;
import dev.keel.domain.identity.user.UserStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class UserPersistenceAdapterTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    UnitOfWork unitOfWork;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void addedUserIsReadBackWithEveryField() {
        User user = newUser("read-back", Instant.now());

        User stored = unitOfWork.write(() -> users.add(user));
        User found = unitOfWork.read(() -> users.findLive(user.id())).orElseThrow();

        assertThat(found.email()).isEqualTo(user.email());
        assertThat(found.name()).isEqualTo(user.name());
        assertThat(found.role()).isEqualTo(Role.MEMBER);
        assertThat(found.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(found.passwordHash()).isEqualTo(user.passwordHash());
        assertThat(found.createdAt()).isEqualTo(user.createdAt());
        assertThat(found.updatedAt()).isEqualTo(user.updatedAt());
        assertThat(found.version()).isZero().isEqualTo(stored.version());
        assertThat(found.deletedAt()).isEmpty();
    }

    @Test
    void duplicateEmailOfLiveUserIsADomainConflictWhateverTheCase() {
        User first = newUser("dup", Instant.now());
        unitOfWork.write(() -> users.add(first));
        User second = User.register(new UserId(UUID.randomUUID()), new Email(first.email().value().toUpperCase()),
                new UserName("Other"), Role.MEMBER, new PasswordHash("x"), now());

        assertThatThrownBy(() -> unitOfWork.write(() -> users.add(second)))
                .isInstanceOf(EmailAlreadyTakenException.class);
    }

    @Test
    void emailOfSoftDeletedUserCanBeTakenAgainButRestoringItConflicts() {
        User first = newUser("reuse", Instant.now());
        unitOfWork.write(() -> users.add(first));
        User deleted = unitOfWork.write(() -> {
            User user = users.findLive(first.id()).orElseThrow();
            user.softDelete(now());
            return users.update(user);
        });
        User second = User.register(new UserId(UUID.randomUUID()), first.email(), new UserName("Second"), Role.MEMBER,
                new PasswordHash("x"), now());
        unitOfWork.write(() -> users.add(second));

        deleted.restore(now());
        assertThatThrownBy(() -> unitOfWork.write(() -> users.update(deleted)))
                .isInstanceOf(EmailAlreadyTakenException.class);
    }

    @Test
    void updateAdvancesVersionAndStaleUpdateIsAConcurrencyConflict() {
        User user = newUser("stale", Instant.now());
        unitOfWork.write(() -> users.add(user));
        User copyA = unitOfWork.read(() -> users.findLive(user.id())).orElseThrow();
        User copyB = unitOfWork.read(() -> users.findLive(user.id())).orElseThrow();

        copyA.rename(new UserName("Renamed by A"), now());
        User updated = unitOfWork.write(() -> users.update(copyA));
        copyB.rename(new UserName("Renamed by B"), now());

        assertThat(updated.version()).isEqualTo(1);
        assertThatThrownBy(() -> unitOfWork.write(() -> users.update(copyB)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(unitOfWork.read(() -> users.findLive(user.id())).orElseThrow().name().value())
                .isEqualTo("Renamed by A");
    }

    @Test
    void staleRemoveIsAConcurrencyConflictAndLeavesTheRow() {
        User user = newUser("stale-remove", Instant.now());
        unitOfWork.write(() -> users.add(user));
        User stale = unitOfWork.read(() -> users.findLive(user.id())).orElseThrow();
        User fresh = unitOfWork.read(() -> users.findLive(user.id())).orElseThrow();
        fresh.rename(new UserName("Newer"), now());
        unitOfWork.write(() -> users.update(fresh));

        assertThatThrownBy(() -> unitOfWork.write(() -> {
            users.remove(stale);
            return null;
        })).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(unitOfWork.read(() -> users.findIncludingDeleted(user.id()))).isPresent();
    }

    @Test
    void softDeletedUserIsHiddenFromLiveReadsAndListsButShownWhenAskedFor() {
        User user = newUser("hidden", Instant.now());
        unitOfWork.write(() -> users.add(user));
        unitOfWork.write(() -> {
            User live = users.findLive(user.id()).orElseThrow();
            live.softDelete(now());
            return users.update(live);
        });

        assertThat(unitOfWork.read(() -> users.findLive(user.id()))).isEmpty();
        assertThat(unitOfWork.read(() -> users.findIncludingDeleted(user.id()))).get()
                .satisfies(found -> assertThat(found.deletedAt()).isPresent());
        assertThat(ids(list(filter(UserFilter.Visibility.LIVE), UserSort.DEFAULT))).doesNotContain(user.id());
        assertThat(ids(list(filter(UserFilter.Visibility.DELETED_ONLY), UserSort.DEFAULT))).contains(user.id());
    }

    @Test
    void keysetWalkOverEqualTimestampsVisitsEveryRowOnceInIdOrder() {
        Instant sameInstant = Instant.parse("2001-02-03T04:05:06.123456Z");
        List<UserId> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            User user = newUser("tie-" + i, sameInstant);
            unitOfWork.write(() -> users.add(user));
            created.add(user.id());
        }
        UserFilter onlyThese = new UserFilter(Optional.empty(), Optional.empty(), Optional.of("tie-"),
                Optional.of(sameInstant.minusSeconds(1)), Optional.of(sameInstant.plusSeconds(1)),
                UserFilter.Visibility.LIVE);

        List<UserId> walked = new ArrayList<>();
        Optional<KeysetPosition> after = Optional.empty();
        do {
            Optional<KeysetPosition> from = after;
            var slice = (Page.Keyset<User>) unitOfWork.read(
                    () -> users.find(onlyThese, UserSort.DEFAULT, new PageRequest.Keyset(3, from)));
            walked.addAll(ids(slice));
            after = slice.next();
        } while (after.isPresent());

        // PostgreSQL orders uuids by their bytes, as their text form does; UUID.compareTo compares signed longs.
        List<UserId> expected = created.stream()
                .sorted(Comparator.comparing((UserId id) -> id.value().toString()).reversed())
                .toList();
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void textFilterTreatsLikeWildcardsLiterally() {
        User percent = User.register(new UserId(UUID.randomUUID()), new Email(run + "-100%@example.com"),
                new UserName("Percent " + run), Role.MEMBER, new PasswordHash("x"), now());
        User plain = User.register(new UserId(UUID.randomUUID()), new Email(run + "-1000@example.com"),
                new UserName("Plain " + run), Role.MEMBER, new PasswordHash("x"), now());
        unitOfWork.write(() -> users.add(percent));
        unitOfWork.write(() -> users.add(plain));

        UserFilter filter = new UserFilter(Optional.empty(), Optional.empty(), Optional.of(run + "-100%"),
                Optional.empty(), Optional.empty(), UserFilter.Visibility.LIVE);

        assertThat(ids(list(filter, new UserSort(UserSortField.EMAIL, SortDirection.ASC))))
                .containsExactly(percent.id());
    }

    @Test
    void offsetPageCountsTotalAndCutsInSortOrder() {
        for (int i = 0; i < 5; i++) {
            User user = User.register(new UserId(UUID.randomUUID()), new Email(run + "-page" + i + "@example.com"),
                    new UserName(run + " page " + i), Role.ADMIN, new PasswordHash("x"), now());
            unitOfWork.write(() -> users.add(user));
        }
        UserFilter filter = new UserFilter(Optional.empty(), Optional.of(Role.ADMIN), Optional.of(run + " page"),
                Optional.empty(), Optional.empty(), UserFilter.Visibility.LIVE);

        var page = (Page.Offset<User>) unitOfWork.read(() -> users.find(filter,
                new UserSort(UserSortField.NAME, SortDirection.ASC), new PageRequest.Offset(2, 2)));

        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.items()).extracting(u -> u.name().value()).containsExactly(run + " page 2", run + " page 3");
    }

    private User newUser(String label, Instant createdAt) {
        return User.register(new UserId(UUID.randomUUID()), new Email(label + "-" + run + "@example.com"),
                new UserName(label + " " + run), Role.MEMBER, new PasswordHash("$argon2id$fake"),
                createdAt.truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private UserFilter filter(UserFilter.Visibility visibility) {
        return new UserFilter(Optional.empty(), Optional.empty(), Optional.of(run), Optional.empty(), Optional.empty(),
                visibility);
    }

    private Page<User> list(UserFilter filter, UserSort sort) {
        return unitOfWork.read(() -> users.find(filter, sort, new PageRequest.Keyset(100, Optional.empty())));
    }

    private static List<UserId> ids(Page<User> page) {
        return page.items().stream().map(User::id).toList();
    }
}
