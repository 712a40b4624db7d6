package dev.keel.application.testing;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.identity.user.UserSort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A user store that behaves like the database would: it keeps its own copies (callers never share an
 * instance with the store), enforces live e-mail uniqueness, checks the read version on every write and
 * returns the written user at its next version.
 */
public final class InMemoryUserRepository implements UserRepository {

    /** The arguments of one {@link #find} call. */
    public record FindCall(UserFilter filter, UserSort sort, PageRequest pageRequest) {
    }

    private final Map<UserId, User> rows = new LinkedHashMap<>();
    private final List<FindCall> findCalls = new ArrayList<>();
    private int adds;
    private int updates;
    private int removes;
    private Runnable beforeNextWrite;
    private final java.util.Set<UserId> standingAdministrators = new java.util.LinkedHashSet<>();

    @Override
    public User add(User user) {
        runBeforeWriteHook();
        if (rows.containsKey(user.id())) {
            throw new IllegalStateException("duplicate id " + user.id());
        }
        requireEmailFree(user);
        rows.put(user.id(), copy(user, user.version()));
        adds++;
        return copy(user, user.version());
    }

    @Override
    public Optional<User> findLive(UserId id) {
        return findIncludingDeleted(id).filter(u -> !u.isDeleted());
    }

    @Override
    public Optional<UserProfile> findLiveProfile(UserId id) {
        return findLive(id).map(User::profile);
    }

    @Override
    public Optional<User> findLiveByEmail(dev.keel.domain.identity.user.Email email) {
        return rows.values().stream().filter(u -> !u.isDeleted() && u.email().equals(email)).findFirst()
                .map(u -> copy(u, u.version()));
    }

    @Override
    public boolean lockIfActiveAdministrator(UserId id) {
        return lockActiveAdministrators().contains(id);
    }

    @Override
    public List<UserId> lockActiveAdministrators() {
        return java.util.stream.Stream.concat(rows.values().stream().filter(User::isActiveAdministrator).map(User::id),
                        standingAdministrators.stream())
                .sorted((a, b) -> InMemoryListing.compareUnsigned(a.value(), b.value())).toList();
    }

    /**
     * Counts {@code id} among the active administrators without storing a user (so lists and counts stay as they
     * were): an administrator the tests act as ({@code UserWorld.ROOT}).
     */
    public void standAsAdministrator(UserId id) {
        standingAdministrators.add(id);
    }

    public void retireAdministrator(UserId id) {
        standingAdministrators.remove(id);
    }

    @Override
    public Optional<User> findIncludingDeleted(UserId id) {
        return Optional.ofNullable(rows.get(id)).map(u -> copy(u, u.version()));
    }

    @Override
    public User update(User user) {
        runBeforeWriteHook();
        requireSameVersion(user);
        requireEmailFree(user);
        User stored = copy(user, user.version() + 1);
        rows.put(user.id(), stored);
        updates++;
        return copy(stored, stored.version());
    }

    @Override
    public boolean replacePasswordHash(UserId id, PasswordHash outdated, PasswordHash rehashed) {
        runBeforeWriteHook();
        User stored = rows.get(id);
        if (stored == null || stored.isDeleted() || !stored.passwordHash().equals(outdated)) {
            return false;
        }
        rows.put(id, User.rehydrate(stored.id(), stored.email(), stored.name(), stored.role(), stored.status(),
                rehashed, stored.createdAt(), stored.updatedAt(), stored.version(), null));
        return true;
    }

    @Override
    public void remove(User user) {
        runBeforeWriteHook();
        requireSameVersion(user);
        rows.remove(user.id());
        removes++;
    }

    @Override
    public Page<UserProfile> find(UserFilter filter, UserSort sort, PageRequest pageRequest) {
        findCalls.add(new FindCall(filter, sort, pageRequest));
        List<UserProfile> matching = rows.values().stream().filter(matches(filter)).map(User::profile).toList();
        return listing(sort).page(matching, pageRequest);
    }

    /** Runs {@code action} once, just before the next write starts: a concurrent writer stepping in. */
    public void beforeNextWrite(Runnable action) {
        this.beforeNextWrite = action;
    }

    /** Stores {@code user} as it is, bypassing every check: test data set-up. */
    public void put(User user) {
        rows.put(user.id(), copy(user, user.version()));
    }

    public int size() {
        return rows.size();
    }

    public int adds() {
        return adds;
    }

    public int updates() {
        return updates;
    }

    public int removes() {
        return removes;
    }

    public int writes() {
        return adds + updates + removes;
    }

    public List<FindCall> findCalls() {
        return List.copyOf(findCalls);
    }

    private static InMemoryListing<UserProfile> listing(UserSort sort) {
        return new InMemoryListing<>(List.of(new InMemoryListing.Key<>(sort.field()::keyOf, sort.direction())),
                user -> user.id().value());
    }

    private void runBeforeWriteHook() {
        Runnable hook = beforeNextWrite;
        beforeNextWrite = null;
        if (hook != null) {
            hook.run();
        }
    }

    private void requireSameVersion(User user) {
        User stored = rows.get(user.id());
        if (stored == null || stored.version() != user.version()) {
            throw new ConcurrentUpdateException("user", user.id());
        }
    }

    private void requireEmailFree(User user) {
        if (user.isDeleted()) {
            return;
        }
        boolean taken = rows.values().stream()
                .anyMatch(other -> !other.isDeleted() && !other.id().equals(user.id())
                        && other.email().equals(user.email()));
        if (taken) {
            throw new EmailAlreadyTakenException();
        }
    }

    private static Predicate<User> matches(UserFilter filter) {
        return u -> (filter.visibility() == UserFilter.Visibility.LIVE) != u.isDeleted()
                && filter.status().map(s -> s == u.status()).orElse(true)
                && filter.role().map(r -> r == u.role()).orElse(true)
                && filter.text().map(t -> t.toLowerCase(Locale.ROOT))
                .map(t -> u.name().value().toLowerCase(Locale.ROOT).contains(t) || u.email().value().contains(t))
                .orElse(true)
                && filter.createdAfter().map(a -> u.createdAt().isAfter(a)).orElse(true)
                && filter.createdBefore().map(b -> u.createdAt().isBefore(b)).orElse(true);
    }

    private static User copy(User u, long version) {
        return User.rehydrate(u.id(), u.email(), u.name(), u.role(), u.status(), u.passwordHash(), u.createdAt(),
                u.updatedAt(), version, u.deletedAt().orElse(null));
    }
}
