package dev.keel.adapter.persistence.identity.user;

import dev.keel.adapter.persistence.shared.ConstraintViolations;
import dev.keel.adapter.persistence.shared.RowLookup;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.application.identity.auth.ActiveAdministrators;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserOwnsAccountsException;
import dev.keel.domain.identity.user.UserOwnsProjectsException;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.identity.user.UserSort;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link UserRepository} and {@link ActiveAdministrators} on PostgreSQL: Micronaut Data for writes, hand-written SQL
 * read by position for reads.
 */
@Singleton
public final class UserPersistenceAdapter implements UserRepository, ActiveAdministrators {

    private static final String EMAIL_UNIQUE_INDEX = "uq_app_user_email";
    /** The database guard that keeps a project's owner (V20): removing a user who owns a project trips it. */
    private static final String OWNER_GUARD = "ck_project_member_owner_kept";
    /** The foreign key of a ledger account's owner (V27): it refuses to remove a user who owns an account. */
    private static final String ACCOUNT_OWNER_KEY = "fk_ledger_account_owner_id_app_user";
    private static final String SELECT_BY_ID = "SELECT " + UserRow.COLUMNS + " FROM app_user WHERE id = ?";
    private static final String SELECT_LIVE_BY_ID = SELECT_BY_ID + " AND deleted_at IS NULL";
    private static final String SELECT_LIVE_PROFILE_BY_ID = "SELECT " + UserRow.PROFILE_COLUMNS
            + " FROM app_user WHERE id = ? AND deleted_at IS NULL";
    /** By the live-e-mail unique index ({@code lower(email)}); e-mails are stored lower-case. */
    private static final String SELECT_LIVE_BY_EMAIL = "SELECT " + UserRow.COLUMNS
            + " FROM app_user WHERE lower(email) = lower(?) AND deleted_at IS NULL";

    private static final String REPLACE_PASSWORD_HASH =
            "UPDATE app_user SET password_hash = ? WHERE id = ? AND password_hash = ? AND deleted_at IS NULL";

    private static final String LOCK_ACTIVE_ADMINISTRATOR = """
            SELECT 1 FROM app_user WHERE id = ? AND role = 'ADMIN' AND status = 'ACTIVE' AND deleted_at IS NULL
               FOR SHARE""";

    private static final String LOCK_ACTIVE_ADMINISTRATORS = """
            SELECT id FROM app_user WHERE role = 'ADMIN' AND status = 'ACTIVE' AND deleted_at IS NULL
             ORDER BY id FOR UPDATE""";

    private final UserJdbcRepository rows;
    private final RowLookup lookup;
    private final ListReader lists;
    private final JdbcOperations jdbc;

    UserPersistenceAdapter(UserJdbcRepository rows, RowLookup lookup, ListReader lists, JdbcOperations jdbc) {
        this.rows = rows;
        this.lookup = lookup;
        this.lists = lists;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> findLiveByEmail(Email email) {
        return lookup.find(SELECT_LIVE_BY_EMAIL, email.value(), UserRowMapper::toDomain);
    }

    @Override
    public List<UserId> lockActiveAdministrators() {
        return jdbc.prepareStatement(LOCK_ACTIVE_ADMINISTRATORS, ps -> {
            List<UserId> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new UserId(rs.getObject(1, UUID.class)));
                }
            }
            return ids;
        });
    }

    @Override
    public boolean lockIfActiveAdministrator(UserId id) {
        return jdbc.prepareStatement(LOCK_ACTIVE_ADMINISTRATOR, ps -> {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public boolean confirm(UserId user) {
        return lockIfActiveAdministrator(user);
    }

    @Override
    public User add(User user) {
        return translatingConflicts(user, () -> UserRowMapper.toDomain(rows.save(UserRowMapper.toRow(user))));
    }

    @Override
    public Optional<User> findLive(UserId id) {
        return lookup.find(SELECT_LIVE_BY_ID, id.value(), UserRowMapper::toDomain);
    }

    @Override
    public Optional<UserProfile> findLiveProfile(UserId id) {
        return lookup.find(SELECT_LIVE_PROFILE_BY_ID, id.value(), UserRowMapper::toProfile);
    }

    @Override
    public Optional<User> findIncludingDeleted(UserId id) {
        return lookup.find(SELECT_BY_ID, id.value(), UserRowMapper::toDomain);
    }

    @Override
    public User update(User user) {
        return translatingConflicts(user, () -> UserRowMapper.toDomain(rows.update(UserRowMapper.toRow(user))));
    }

    @Override
    public boolean replacePasswordHash(UserId id, PasswordHash outdated, PasswordHash rehashed) {
        return jdbc.prepareStatement(REPLACE_PASSWORD_HASH, ps -> {
            ps.setString(1, rehashed.value());
            ps.setObject(2, id.value());
            ps.setString(3, outdated.value());
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    public void remove(User user) {
        ConstraintViolations.translateRestriction(OWNER_GUARD, UserOwnsProjectsException::new,
                () -> ConstraintViolations.translateRestriction(ACCOUNT_OWNER_KEY, UserOwnsAccountsException::new,
                        () -> translatingConflicts(user, () -> {
                            rows.delete(UserRowMapper.toRow(user));
                            return null;
                        })));
    }

    @Override
    public Page<UserProfile> find(UserFilter filter, UserSort sort, PageRequest pageRequest) {
        return lists.find(UserListQuery.of(filter, sort), pageRequest, UserRowMapper::toProfile);
    }

    private static <T> T translatingConflicts(User user, Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException("user", user.id());
        } catch (RuntimeException e) {
            if (ConstraintViolations.violates(e, EMAIL_UNIQUE_INDEX)) {
                throw new EmailAlreadyTakenException();
            }
            throw e;
        }
    }
}
