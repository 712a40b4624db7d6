package dev.keel.adapter.persistence.identity.user;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.identity.user.UserSort;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link UserRepository} on PostgreSQL: Micronaut Data for single rows, hand-built SQL for lists. */
@Singleton
public final class UserPersistenceAdapter implements UserRepository {

    private static final String EMAIL_UNIQUE_INDEX = "uq_app_user_email";

    private final UserJdbcRepository rows;
    private final UserRowMapper mapper;
    private final JdbcOperations jdbc;

    UserPersistenceAdapter(UserJdbcRepository rows, UserRowMapper mapper, JdbcOperations jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public User add(User user) {
        return translatingConflicts(user, () -> mapper.toDomain(rows.save(mapper.toRow(user))));
    }

    @Override
    public Optional<User> findLive(UserId id) {
        return rows.findByIdAndDeletedAtIsNull(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<User> findIncludingDeleted(UserId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public User update(User user) {
        return translatingConflicts(user, () -> mapper.toDomain(rows.update(mapper.toRow(user))));
    }

    @Override
    public void remove(User user) {
        translatingConflicts(user, () -> {
            rows.delete(mapper.toRow(user));
            return null;
        });
    }

    @Override
    public Page<User> find(UserFilter filter, UserSort sort, PageRequest pageRequest) {
        var query = new UserListQuery(filter, sort);
        return switch (pageRequest) {
            case PageRequest.Keyset keyset -> {
                // One row more than asked tells whether another slice follows, without a count.
                List<User> fetched = select(query.slice(keyset.after(), keyset.limit() + 1));
                boolean more = fetched.size() > keyset.limit();
                List<User> items = more ? fetched.subList(0, keyset.limit()) : fetched;
                Optional<KeysetPosition> next = more ? Optional.of(positionOf(items.getLast(), sort)) : Optional.empty();
                yield new Page.Keyset<>(items, next);
            }
            case PageRequest.Offset offset -> {
                long total = count(query.count());
                List<User> items = offset.offset() >= total ? List.of()
                        : select(query.page(offset.offset(), offset.size()));
                yield new Page.Offset<>(items, offset.page(), offset.size(), total);
            }
        };
    }

    private static KeysetPosition positionOf(User user, UserSort sort) {
        return new KeysetPosition(sort.field().keyOf(user), user.id().value());
    }

    private List<User> select(UserListQuery.Statement statement) {
        return jdbc.prepareStatement(statement.sql(), ps -> {
            bind(ps, statement.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(mapper.toDomain(jdbc.readEntity(rs, UserRow.class)));
                }
                return users;
            }
        });
    }

    private long count(UserListQuery.Statement statement) {
        return jdbc.prepareStatement(statement.sql(), ps -> {
            bind(ps, statement.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
    }

    private static <T> T translatingConflicts(User user, Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException("user", user.id());
        } catch (RuntimeException e) {
            if (violatesEmailUniqueness(e)) {
                throw new EmailAlreadyTakenException();
            }
            throw e;
        }
    }

    private static boolean violatesEmailUniqueness(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PSQLException psql && PSQLState.UNIQUE_VIOLATION.getState().equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null
                    && EMAIL_UNIQUE_INDEX.equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
