package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.identity.user.UserSort;
import dev.keel.domain.identity.user.UserSortField;
import dev.keel.domain.identity.user.UserStatus;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link UserRepository} owes its callers, run against the in-memory fake
 * ({@code InMemoryUserRepositoryTest}) and the PostgreSQL adapter ({@code UserPersistenceAdapterContractTest}),
 * so the fake the use-case tests rely on cannot drift from the database.
 *
 * <p>The store may be shared with other tests: every user a test adds carries the test's own random marker
 * in its name and e-mail, and every list filters on it. The list data mixes case, accents, a full-width
 * letter and a character outside the Basic Multilingual Plane, whose orders differ between code points,
 * UTF-16 units and linguistic collations; and ids whose signed and unsigned orders differ.
 */
public abstract class UserRepositoryContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant T0 = Instant.parse("2031-03-04T05:06:07.123456Z");

    /** Lower-case hex: the text filter finds it in every name and e-mail of this test, whatever the case folding. */
    protected final String run = HexFormat.of().formatHex(RANDOM.generateSeed(5));

    /** The e-mail local part of each user of {@link #seedList()}, which the expected orders below name them by. */
    private final Map<UserId, String> labels = new LinkedHashMap<>();

    /** The repository under test. */
    protected abstract UserRepository users();

    /** Where its calls run: a transaction for the database, directly for the fake. */
    protected abstract UnitOfWork unitOfWork();

    @Test
    void addedUserIsReadBackWithEveryField() {
        User user = user("Ada", "read-back", T0, UUID.randomUUID());

        User stored = add(user);
        User found = live(user.id());

        assertThat(stored.version()).isZero();
        assertThat(found).usingRecursiveComparison().isEqualTo(user);
        assertThat(read(() -> users().findIncludingDeleted(user.id()))).get().usingRecursiveComparison().isEqualTo(user);
        assertThat(read(() -> users().findLive(new UserId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void profilesReadAndListedCarryEveryFieldButTheCredentials() {
        User user = add(user("Ada", "profile", T0, UUID.randomUUID()));

        assertThat(read(() -> users().findLiveProfile(user.id()))).contains(user.profile());
        assertThat(walk(filter(UserFilter.Visibility.LIVE), UserSort.DEFAULT, 100)).containsExactly(user.profile());
        assertThat(read(() -> users().findLiveProfile(new UserId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void updateWritesTheChangeAtTheNextVersionAndAStaleOneIsAConcurrentUpdate() {
        User user = add(user("Ada", "stale", T0, UUID.randomUUID()));
        User copyA = live(user.id());
        User copyB = live(user.id());

        copyA.rename(new UserName("Renamed by A " + run), T0.plusSeconds(1));
        User updated = write(() -> users().update(copyA));
        copyB.rename(new UserName("Renamed by B " + run), T0.plusSeconds(2));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.name().value()).isEqualTo("Renamed by A " + run);
        assertThatThrownBy(() -> write(() -> users().update(copyB))).isInstanceOf(ConcurrentUpdateException.class);
        User stored = live(user.id());
        assertThat(stored.name().value()).isEqualTo("Renamed by A " + run);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.updatedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void removeDeletesForGoodButAStaleRemoveIsAConcurrentUpdateAndKeepsTheRow() {
        User user = add(user("Ada", "remove", T0, UUID.randomUUID()));
        User stale = live(user.id());
        User current = change(user.id(), fresh -> fresh.rename(new UserName("Newer " + run), T0.plusSeconds(1)));

        assertThatThrownBy(() -> write(() -> {
            users().remove(stale);
            return null;
        })).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(read(() -> users().findIncludingDeleted(user.id()))).isPresent();

        write(() -> {
            users().remove(current);
            return null;
        });
        assertThat(read(() -> users().findIncludingDeleted(user.id()))).isEmpty();
    }

    @Test
    void replacePasswordHashReplacesOnlyTheHashItWasGivenAndLeavesTheVersionAlone() {
        User user = add(user("Ada", "rehash", T0, UUID.randomUUID()));
        PasswordHash rehashed = new PasswordHash("$argon2id$rehashed-" + run);

        PasswordHash other = new PasswordHash("other");
        boolean staleReplaced = write(() -> users().replacePasswordHash(user.id(), other, rehashed));
        assertThat(staleReplaced).isFalse();
        assertThat(live(user.id()).passwordHash()).isEqualTo(user.passwordHash());

        boolean replaced = write(() -> users().replacePasswordHash(user.id(), user.passwordHash(), rehashed));
        User stored = live(user.id());
        assertThat(replaced).isTrue();
        assertThat(stored.passwordHash()).isEqualTo(rehashed);
        assertThat(stored.version()).isEqualTo(user.version());
        assertThat(stored.updatedAt()).isEqualTo(user.updatedAt());

        change(user.id(), fresh -> fresh.softDelete(T0.plusSeconds(1)));
        boolean deletedReplaced = write(() -> users().replacePasswordHash(user.id(), rehashed, user.passwordHash()));
        assertThat(deletedReplaced).isFalse();
    }

    @Test
    void findLiveByEmailIgnoresCaseAndSkipsSoftDeletedUsers() {
        User ada = add(user("Ada", "by-email", T0, UUID.randomUUID()));
        Email mixedCase = new Email(("By-Email." + run + "@Example.com"));

        assertThat(read(() -> users().findLiveByEmail(mixedCase))).get().usingRecursiveComparison().isEqualTo(ada);
        assertThat(read(() -> users().findLiveByEmail(new Email("nobody." + run + "@example.com")))).isEmpty();

        change(ada.id(), live -> live.softDelete(T0.plusSeconds(1)));
        assertThat(read(() -> users().findLiveByEmail(mixedCase))).isEmpty();
        User successor = add(user("Successor", "by-email", T0.plusSeconds(2), UUID.randomUUID()));
        assertThat(read(() -> users().findLiveByEmail(mixedCase))).get().extracting(User::id).isEqualTo(successor.id());
    }

    @Test
    void lockActiveAdministratorsListsLiveActiveAdministratorsInIdOrder() {
        UUID smallId = new UUID(RANDOM.nextLong() & Long.MAX_VALUE, RANDOM.nextLong());
        UUID largeId = new UUID(RANDOM.nextLong() | Long.MIN_VALUE, RANDOM.nextLong());
        User first = add(admin("first", largeId));
        User second = add(admin("second", smallId));
        User suspended = add(admin("suspended", UUID.randomUUID()));
        change(suspended.id(), u -> u.changeStatus(UserStatus.SUSPENDED, T0.plusSeconds(1)));
        User deleted = add(admin("deleted", UUID.randomUUID()));
        change(deleted.id(), u -> u.softDelete(T0.plusSeconds(1)));
        User member = add(user("Member", "member", T0, UUID.randomUUID()));

        List<UserId> locked = write(() -> users().lockActiveAdministrators());

        // Others' administrators may share the store: only the order of ours and the absence of the rest count.
        assertThat(locked).contains(first.id(), second.id())
                .doesNotContain(suspended.id(), deleted.id(), member.id());
        assertThat(locked.indexOf(second.id())).as("ids in unsigned (PostgreSQL uuid) order")
                .isLessThan(locked.indexOf(first.id()));
    }

    private User admin(String label, UUID id) {
        return User.register(new UserId(id), new Email(label + "." + run + "@example.com"),
                new UserName("Admin " + run), Role.ADMIN, new PasswordHash("$argon2id$fake"), T0);
    }

    @Test
    void liveEmailIsUniqueWhateverTheCaseButASoftDeletedUsersEmailCanBeTakenAndThenNotRestored() {
        User first = add(user("First", "unique", T0, UUID.randomUUID()));
        User twin = User.register(new UserId(UUID.randomUUID()), new Email(("UNIQUE." + run + "@Example.COM").toUpperCase(Locale.ROOT)),
                new UserName("Twin " + run), Role.MEMBER, new PasswordHash("$argon2id$fake"), T0);
        assertThatThrownBy(() -> add(twin)).isInstanceOf(EmailAlreadyTakenException.class);

        User deleted = change(first.id(), live -> live.softDelete(T0.plusSeconds(1)));
        add(twin);
        deleted.restore(T0.plusSeconds(2));

        assertThatThrownBy(() -> write(() -> users().update(deleted))).isInstanceOf(EmailAlreadyTakenException.class);
    }

    @Test
    void softDeletedUserIsHiddenFromLiveReadsAndListsButListedWhenAskedFor() {
        User kept = add(user("Kept", "kept", T0, UUID.randomUUID()));
        User gone = add(user("Gone", "gone", T0, UUID.randomUUID()));
        change(gone.id(), live -> live.softDelete(T0.plusSeconds(1)));

        assertThat(read(() -> users().findLive(gone.id()))).isEmpty();
        assertThat(read(() -> users().findLiveProfile(gone.id()))).isEmpty();
        assertThat(read(() -> users().findIncludingDeleted(gone.id()))).get()
                .satisfies(found -> assertThat(found.deletedAt()).contains(T0.plusSeconds(1)));
        assertThat(ids(walk(filter(UserFilter.Visibility.LIVE), UserSort.DEFAULT, 100))).containsExactly(kept.id());
        assertThat(ids(walk(filter(UserFilter.Visibility.DELETED_ONLY), UserSort.DEFAULT, 100))).containsExactly(gone.id());
    }

    static Stream<Arguments> sortOrders() {
        return Stream.of(
                Arguments.of("createdAt,asc", List.of("ada1", "ada2", "bob", "carl", "émile", "emile", "zoë", "zoe", "ｚeta", "😀")),
                Arguments.of("name,asc", List.of("carl", "bob", "zoë", "ada1", "ada2", "emile", "zoe", "émile", "ｚeta", "😀")),
                Arguments.of("email,asc", List.of("ada1", "ada2", "bob", "carl", "emile", "zoe", "zoë", "émile", "ｚeta", "😀")));
    }

    /**
     * Both directions of every sort field, walked in slices of 3 and cut into offset pages of 3, give exactly
     * the documented order: text by code point (so {@code Z} before {@code a} before {@code É} before
     * full-width {@code Ｚ} before the emoji, which UTF-16 order would put before {@code Ｚ}), and the id,
     * unsigned, between users with equal keys.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sortOrders")
    void listsFollowTheSortOrderInBothDirectionsAndPagingModes(String ascending, List<String> expected) {
        seedList();
        String apiName = ascending.substring(0, ascending.indexOf(','));
        UserSortField field = java.util.Arrays.stream(UserSortField.values())
                .filter(candidate -> candidate.apiName().equals(apiName)).findFirst().orElseThrow();
        UserFilter all = filter(UserFilter.Visibility.LIVE);

        for (SortDirection direction : SortDirection.values()) {
            UserSort sort = new UserSort(field, direction);
            List<String> expectedInDirection = direction == SortDirection.ASC ? expected : expected.reversed();

            assertThat(labels(walk(all, sort, 100))).as("%s in one slice", sort.apiForm()).containsExactlyElementsOf(expectedInDirection);
            assertThat(labels(walk(all, sort, 3))).as("%s walked by 3", sort.apiForm()).containsExactlyElementsOf(expectedInDirection);
            assertThat(labels(pages(all, sort, 3))).as("%s paged by 3", sort.apiForm()).containsExactlyElementsOf(expectedInDirection);
        }
    }

    @Test
    void eachSliceEndsAtThePositionOfItsLastUserAndTheLastSliceHasNone() {
        seedList();
        UserFilter all = filter(UserFilter.Visibility.LIVE);

        Page.Keyset<UserProfile> first = slice(all, UserSort.DEFAULT, 4, Optional.empty());
        Page.Keyset<UserProfile> last = slice(all, UserSort.DEFAULT, 100, first.next());

        UserProfile end = first.items().getLast();
        assertThat(first.items()).hasSize(4);
        assertThat(first.next()).contains(KeysetPosition.of(end.id().value(), new SortValue.Timestamp(end.createdAt())));
        assertThat(last.items()).hasSize(6);
        assertThat(last.next()).isEmpty();
        Page.Keyset<UserProfile> exact = slice(all, UserSort.DEFAULT, 10, Optional.empty());
        assertThat(exact.items()).hasSize(10);
        assertThat(exact.next()).as("no further slice when the rows end exactly at the limit").isEmpty();
    }

    @Test
    void aPositionCarriedAsCanonicalTextContinuesTheWalkExactly() {
        seedList();
        UserFilter all = filter(UserFilter.Visibility.LIVE);
        for (UserSortField field : UserSortField.values()) {
            UserSort sort = new UserSort(field, SortDirection.DESC);
            List<String> walked = new ArrayList<>();
            Optional<KeysetPosition> after = Optional.empty();
            do {
                Page.Keyset<UserProfile> slice = slice(all, sort, 2, after);
                walked.addAll(labels(slice));
                after = slice.next().map(UserRepositoryContract::throughText);
            } while (after.isPresent());

            assertThat(walked).as(sort.apiForm()).containsExactlyElementsOf(labels(walk(all, sort, 100)));
        }
    }

    @Test
    void offsetPagesCountEveryMatchingUserAndAPageBeyondTheEndIsEmpty() {
        seedList();
        UserFilter all = filter(UserFilter.Visibility.LIVE);
        UserSort byName = new UserSort(UserSortField.NAME, SortDirection.ASC);

        Page.Offset<UserProfile> second = page(all, byName, new PageRequest.Offset(2, 4));
        Page.Offset<UserProfile> beyond = page(all, byName, new PageRequest.Offset(4, 4));

        assertThat(second.totalItems()).isEqualTo(10);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(labels(second)).containsExactly("ada2", "emile", "zoe", "émile");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(10);
    }

    @Test
    void filtersNarrowTheListAndCombine() {
        User member = add(user("Member", "member", T0, UUID.randomUUID()));
        User admin = add(User.register(new UserId(UUID.randomUUID()), new Email("admin." + run + "@example.com"),
                new UserName("Boss " + run.toUpperCase(Locale.ROOT)), Role.ADMIN, new PasswordHash("$argon2id$fake"),
                T0.plusSeconds(1)));
        User suspended = add(user("Suspended", "suspended", T0.plusSeconds(2), UUID.randomUUID()));
        change(suspended.id(), live -> live.changeStatus(UserStatus.SUSPENDED, T0.plusSeconds(3)));

        assertThat(find(new UserFilter(Optional.of(UserStatus.SUSPENDED), Optional.empty(), Optional.of(run),
                Optional.empty(), Optional.empty(), UserFilter.Visibility.LIVE))).containsExactly(suspended.id());
        assertThat(find(new UserFilter(Optional.empty(), Optional.of(Role.ADMIN), Optional.of(run),
                Optional.empty(), Optional.empty(), UserFilter.Visibility.LIVE))).containsExactly(admin.id());
        assertThat(find(new UserFilter(Optional.of(UserStatus.ACTIVE), Optional.of(Role.MEMBER), Optional.of(run),
                Optional.empty(), Optional.empty(), UserFilter.Visibility.LIVE))).containsExactly(member.id());
        assertThat(find(new UserFilter(Optional.empty(), Optional.empty(), Optional.of(run),
                Optional.of(T0), Optional.of(T0.plusSeconds(2)), UserFilter.Visibility.LIVE)))
                .as("both time bounds are exclusive").containsExactly(admin.id());
        assertThat(find(new UserFilter(Optional.empty(), Optional.empty(), Optional.of(run),
                Optional.of(T0.minusNanos(1000)), Optional.empty(), UserFilter.Visibility.LIVE)))
                .containsExactlyInAnyOrder(member.id(), admin.id(), suspended.id());
        assertThat(find(text("boss " + run))).as("text matches a name case-insensitively").containsExactly(admin.id());
        assertThat(find(text("SUSPENDED." + run.toUpperCase(Locale.ROOT))))
                .as("text matches an e-mail case-insensitively").containsExactly(suspended.id());
    }

    @Test
    void textFilterTakesLikeWildcardsLiterally() {
        User percent = add(user("Percent", "100%", T0, UUID.randomUUID()));
        add(user("Plain", "1000", T0, UUID.randomUUID()));
        User underscore = add(user("Under", "a_b", T0, UUID.randomUUID()));
        add(user("Other", "axb", T0, UUID.randomUUID()));
        User backslash = add(user("Back\\slash", "back", T0, UUID.randomUUID()));
        add(user("Backslash", "decoy", T0, UUID.randomUUID()));

        assertThat(find(text("100%." + run))).containsExactly(percent.id());
        assertThat(find(text("a_b." + run))).containsExactly(underscore.id());
        assertThat(find(text("k\\slash " + run))).containsExactly(backslash.id());
    }

    // --- the list data ---

    /**
     * Ten live users. {@code ada1} and {@code ada2} tie on name and creation time and differ in their ids'
     * top bit, where signed and unsigned order disagree; {@code ada1}'s id is the smaller one unsigned.
     */
    private void seedList() {
        UUID smallId = new UUID(RANDOM.nextLong() & Long.MAX_VALUE, RANDOM.nextLong());
        UUID largeId = new UUID(RANDOM.nextLong() | Long.MIN_VALUE, RANDOM.nextLong());
        seed("ada", "ada1", T0, smallId);
        seed("ada", "ada2", T0, largeId);
        seed("Ada", "bob", T0.plusSeconds(1), UUID.randomUUID());
        seed("ADA", "carl", T0.plusSeconds(2), UUID.randomUUID());
        seed("Émile", "émile", T0.plusSeconds(3), UUID.randomUUID());
        seed("emile", "emile", T0.plusSeconds(4), UUID.randomUUID());
        seed("Zoë", "zoë", T0.plusSeconds(5), UUID.randomUUID());
        seed("zoe", "zoe", T0.plusSeconds(6), UUID.randomUUID());
        seed("Ｚeta", "ｚeta", T0.plusSeconds(7), UUID.randomUUID());
        seed("😀 smile", "😀", T0.plusSeconds(8), UUID.randomUUID());
    }

    private void seed(String name, String label, Instant createdAt, UUID id) {
        User user = add(user(name, label, createdAt, id));
        labels.put(user.id(), label);
    }

    /** A member named {@code <name> <run>} with e-mail {@code <local>.<run>@example.com}. */
    private User user(String name, String local, Instant createdAt, UUID id) {
        return User.register(new UserId(id), new Email(local + "." + run + "@example.com"), new UserName(name + " " + run),
                Role.MEMBER, new PasswordHash("$argon2id$fake"), createdAt);
    }

    // --- reading lists ---

    private List<UserProfile> walk(UserFilter filter, UserSort sort, int limit) {
        List<UserProfile> walked = new ArrayList<>();
        Optional<KeysetPosition> after = Optional.empty();
        int slices = 0;
        do {
            Page.Keyset<UserProfile> slice = slice(filter, sort, limit, after);
            walked.addAll(slice.items());
            after = slice.next();
            assertThat(++slices).as("walk terminates").isLessThan(100);
        } while (after.isPresent());
        return walked;
    }

    private List<UserProfile> pages(UserFilter filter, UserSort sort, int size) {
        List<UserProfile> paged = new ArrayList<>();
        Page.Offset<UserProfile> page;
        int number = 1;
        do {
            page = page(filter, sort, new PageRequest.Offset(number++, size));
            paged.addAll(page.items());
        } while (page.page() < page.totalPages());
        return paged;
    }

    private Page.Keyset<UserProfile> slice(UserFilter filter, UserSort sort, int limit, Optional<KeysetPosition> after) {
        return (Page.Keyset<UserProfile>) read(() -> users().find(filter, sort, new PageRequest.Keyset(limit, after)));
    }

    private Page.Offset<UserProfile> page(UserFilter filter, UserSort sort, PageRequest.Offset request) {
        return (Page.Offset<UserProfile>) unitOfWork().read(UnitOfWork.Isolation.REPEATABLE_READ,
                () -> users().find(filter, sort, request));
    }

    /** The position as a cursor would carry it: each value as kind and canonical text, parsed back. */
    private static KeysetPosition throughText(KeysetPosition position) {
        List<SortValue> keys = position.keys().stream().map(key -> SortValue.parse(key.kind(), key.canonical())).toList();
        return new KeysetPosition(keys, UUID.fromString(position.id().toString()));
    }

    private UserFilter filter(UserFilter.Visibility visibility) {
        return new UserFilter(Optional.empty(), Optional.empty(), Optional.of(run), Optional.empty(), Optional.empty(),
                visibility);
    }

    private UserFilter text(String text) {
        return new UserFilter(Optional.empty(), Optional.empty(), Optional.of(text), Optional.empty(), Optional.empty(),
                UserFilter.Visibility.LIVE);
    }

    private List<UserId> find(UserFilter filter) {
        return ids(walk(filter, UserSort.DEFAULT, 100));
    }

    private List<String> labels(List<UserProfile> users) {
        return users.stream().map(user -> labels.getOrDefault(user.id(), user.email().value())).toList();
    }

    private List<String> labels(Page<UserProfile> page) {
        return labels(page.items());
    }

    private static List<UserId> ids(List<UserProfile> users) {
        return users.stream().map(UserProfile::id).toList();
    }

    private User live(UserId id) {
        return read(() -> users().findLive(id)).orElseThrow();
    }

    /** Reads the live user, applies {@code change} and writes it, in one unit of work. */
    private User change(UserId id, Consumer<User> change) {
        return write(() -> {
            User user = users().findLive(id).orElseThrow();
            change.accept(user);
            return users().update(user);
        });
    }

    private User add(User user) {
        return write(() -> users().add(user));
    }

    private <T> T write(Supplier<T> work) {
        return unitOfWork().write(work);
    }

    private <T> T read(Supplier<T> work) {
        return unitOfWork().read(work);
    }
}
