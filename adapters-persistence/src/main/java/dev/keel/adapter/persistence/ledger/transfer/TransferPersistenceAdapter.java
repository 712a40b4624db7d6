package dev.keel.adapter.persistence.ledger.transfer;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.LedgerEntry;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferFilter;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferRepository;
import dev.keel.domain.ledger.transfer.TransferState;
import dev.keel.domain.ledger.transfer.TransferTerms;
import dev.keel.domain.shared.money.Currency;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link TransferRepository} on PostgreSQL: what a unit of work did is written in one batch per kind of row. */
@Singleton
public final class TransferPersistenceAdapter implements TransferRepository {

    private static final String COLUMNS = "id, debit_account_id, credit_account_id, amount, currency, is_pending, timeout_seconds, "
            + "reference, state, posted_amount, expires_at, created_by_id, created_at, resolved_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM ledger_transfer WHERE id = ?";
    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM ledger_transfer WHERE id = ANY (?)";
    private static final String LOCK = SELECT + " FOR UPDATE";
    private static final String LOCK_EXPIRED = "SELECT " + COLUMNS + " FROM ledger_transfer"
            + " WHERE state = 'PENDING' AND expires_at <= ? ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String INSERT = """
            INSERT INTO ledger_transfer (id, debit_account_id, credit_account_id, amount, currency, is_pending, timeout_seconds,
                                         reference, state, posted_amount, expires_at, created_by_id, created_at, updated_at,
                                         version, resolved_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""";
    private static final String RESOLVE = """
            UPDATE ledger_transfer SET state = ?, posted_amount = ?, resolved_at = ?, updated_at = greatest(updated_at, ?),
                                       version = version + 1
             WHERE id = ? AND state = 'PENDING'""";
    private static final String INSERT_ENTRY = """
            INSERT INTO ledger_entry (id, transfer_id, account_id, side, amount, balance_after, account_version, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.by(SortColumn.timestamptz("created_at"), SortDirection.DESC);

    private final JdbcOperations jdbc;
    private final ListReader lists;

    TransferPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public Optional<Transfer> find(TransferId id) {
        return one(SELECT, id);
    }

    @Override
    public Map<TransferId, Transfer> findAll(Collection<TransferId> ids) {
        return jdbc.prepareStatement(SELECT_ALL, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids.stream().map(TransferId::value).toArray()));
            Map<TransferId, Transfer> found = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Transfer transfer = transfer(row);
                    found.put(transfer.id(), transfer);
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Transfer> lock(TransferId id) {
        return one(LOCK, id);
    }

    @Override
    public List<Transfer> lockExpired(Instant now, int max) {
        return jdbc.prepareStatement(LOCK_EXPIRED, statement -> {
            statement.setObject(1, utc(now));
            statement.setInt(2, max);
            List<Transfer> due = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    due.add(transfer(row));
                }
            }
            return due;
        });
    }

    @Override
    public void record(List<Transfer> created, List<Transfer> resolved, List<LedgerEntry> entries) {
        if (!created.isEmpty()) {
            jdbc.prepareStatement(INSERT, statement -> {
                for (Transfer transfer : created) {
                    bindInsert(statement, transfer);
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
        }
        if (!resolved.isEmpty()) {
            jdbc.prepareStatement(RESOLVE, statement -> {
                for (Transfer transfer : resolved) {
                    statement.setString(1, transfer.state().name());
                    setLong(statement, 2, transfer.postedAmount());
                    statement.setObject(3, utc(transfer.resolvedAt().orElseThrow()));
                    statement.setObject(4, utc(transfer.resolvedAt().orElseThrow()));
                    statement.setObject(5, transfer.id().value());
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
        }
        if (!entries.isEmpty()) {
            jdbc.prepareStatement(INSERT_ENTRY, statement -> {
                for (LedgerEntry entry : entries) {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, entry.transferId().value());
                    statement.setObject(3, entry.accountId().value());
                    statement.setString(4, entry.side().name());
                    statement.setLong(5, entry.amount());
                    statement.setLong(6, entry.balanceAfter());
                    statement.setLong(7, entry.accountVersion());
                    statement.setObject(8, utc(entry.at()));
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
        }
    }

    @Override
    public Page<Transfer> find(TransferFilter filter, PageRequest page) {
        ListQuery query = ListQuery.of(COLUMNS, "ledger_transfer", NEWEST_FIRST);
        filter.visibleTo().ifPresent(user -> query.where("""
                debit_account_id IN (SELECT id FROM ledger_account WHERE owner_id = ?)
                OR credit_account_id IN (SELECT id FROM ledger_account WHERE owner_id = ?)""", user.value(), user.value()));
        filter.account().ifPresent(account -> query.where("debit_account_id = ? OR credit_account_id = ?", account.value(), account.value()));
        filter.state().ifPresent(state -> query.where("state = ?", state.name()));
        filter.createdAfter().ifPresent(after -> query.where("created_at > ?", after));
        filter.createdBefore().ifPresent(before -> query.where("created_at < ?", before));
        return lists.find(query, page, TransferPersistenceAdapter::transfer);
    }

    private Optional<Transfer> one(String sql, TransferId id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(transfer(row)) : Optional.<Transfer>empty();
            }
        });
    }

    private static void bindInsert(PreparedStatement statement, Transfer transfer) throws SQLException {
        TransferTerms terms = transfer.terms();
        statement.setObject(1, transfer.id().value());
        statement.setObject(2, terms.debitAccountId().value());
        statement.setObject(3, terms.creditAccountId().value());
        statement.setLong(4, terms.amount());
        statement.setString(5, terms.currency().code());
        statement.setBoolean(6, terms.pending());
        if (terms.timeoutSeconds().isPresent()) {
            statement.setInt(7, terms.timeoutSeconds().get());
        } else {
            statement.setNull(7, Types.INTEGER);
        }
        statement.setString(8, terms.reference().orElse(null));
        statement.setString(9, transfer.state().name());
        setLong(statement, 10, transfer.postedAmount());
        statement.setObject(11, transfer.expiresAt().map(TransferPersistenceAdapter::utc).orElse(null));
        statement.setObject(12, transfer.createdBy().map(UserId::value).orElse(null));
        statement.setObject(13, utc(transfer.createdAt()));
        statement.setObject(14, utc(transfer.createdAt()));
        statement.setObject(15, transfer.resolvedAt().map(TransferPersistenceAdapter::utc).orElse(null));
    }

    private static void setLong(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static Transfer transfer(ResultSet row) throws SQLException {
        int timeout = row.getInt(7);
        Optional<Integer> timeoutSeconds = row.wasNull() ? Optional.empty() : Optional.of(timeout);
        long posted = row.getLong(10);
        Optional<Long> postedAmount = row.wasNull() ? Optional.empty() : Optional.of(posted);
        TransferTerms terms = new TransferTerms(new AccountId(row.getObject(2, UUID.class)), new AccountId(row.getObject(3, UUID.class)),
                row.getLong(4), new Currency(row.getString(5)), row.getBoolean(6), timeoutSeconds, Optional.ofNullable(row.getString(8)));
        return new Transfer(new TransferId(row.getObject(1, UUID.class)), terms, TransferState.valueOf(row.getString(9)), postedAmount,
                optionalInstant(row, 11), Optional.ofNullable(row.getObject(12, UUID.class)).map(UserId::new),
                row.getObject(13, OffsetDateTime.class).toInstant(), optionalInstant(row, 14));
    }

    private static Optional<Instant> optionalInstant(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
