package dev.keel.domain.identity.user;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;

import java.util.Optional;

/** The store of users. Implementations translate storage failures into the domain's exceptions. */
public interface UserRepository {

    /** Stores a new user; {@link EmailAlreadyTakenException} when a live user has the e-mail. */
    User add(User user);

    /** The user if it exists and is not soft-deleted. */
    Optional<User> findLive(UserId id);

    /** What {@link #findLive} finds, as readers see it: the password hash is not read. */
    Optional<UserProfile> findLiveProfile(UserId id);

    /** The live user with this e-mail (compared case-insensitively). */
    Optional<User> findLiveByEmail(Email email);

    /**
     * The ids of the live, active administrators, locked until the end of the transaction (in id order, so that
     * concurrent callers never deadlock). A change that could remove an administrator calls this first: of two
     * such changes at once, the second sees the first's result.
     */
    java.util.List<UserId> lockActiveAdministrators();

    /**
     * Whether {@code id} is a live, active administrator; if so, their row stays locked against changes (FOR SHARE)
     * until the end of the transaction, so that a concurrent demotion of them is ordered after it. For a change that
     * cannot remove an administrator, where {@link #lockActiveAdministrators()} would make every administrator's changes
     * wait for each other: shared locks do not.
     */
    boolean lockIfActiveAdministrator(UserId id);

    /** The user whether soft-deleted or not. */
    Optional<User> findIncludingDeleted(UserId id);

    /**
     * Writes the changed user and returns it at its next version. {@code ConcurrentUpdateException} when
     * the stored version is no longer the one the user was read at; {@link EmailAlreadyTakenException}
     * when the new or restored e-mail belongs to another live user.
     */
    User update(User user);

    /**
     * Stores {@code rehashed}, a hash of the same password under the current settings, in place of {@code outdated},
     * provided the live user's hash is still that one (a password changed meanwhile stays). Not a change of the user:
     * its version and update time stay. Whether the hash was replaced.
     */
    boolean replacePasswordHash(UserId id, PasswordHash outdated, PasswordHash rehashed);

    /**
     * Removes the row for good, provided it is still at the version it was read at; refused while the user owns a
     * project ({@link UserOwnsProjectsException}) or a ledger account ({@link UserOwnsAccountsException}).
     */
    void remove(User user);

    /**
     * One page of users as readers see them (the password hash is not read), in a constant number of statements,
     * in {@code sort} order: by the sort field's {@link dev.keel.domain.shared.paging.SortValue}, ordered as that
     * type documents (text by code point), then by id (unsigned, in the same direction) between equal keys. A keyset slice's next position is that of its last
     * user, present only when more users follow.
     */
    Page<UserProfile> find(UserFilter filter, UserSort sort, PageRequest pageRequest);
}
