package dev.keel.adapter.persistence.ledger;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.LedgerEntry;
import dev.keel.domain.ledger.transfer.LedgerBook;
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

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.optionalInstant;
import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link TransferRepository} on PostgreSQL: what a unit of work did is written in one statement. */
@Singleton
public final class TransferPersistenceAdapter implements TransferRepository {

    private static final String COLUMNS = "id, debit_account_id, credit_account_id, amount, currency, is_pending, timeout_seconds, "
            + "reference, state, posted_amount, expires_at, created_by_id, created_at, resolved_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM ledger_transfer WHERE id = ?";
    /** The transfers are read by a statement of their own after the lock's, so with a snapshot taken under the locks. */
    private static final String LOCK_ACCOUNTS_AND_FIND = AccountRows.LOCK + "; SELECT " + COLUMNS + " FROM ledger_transfer WHERE id = ANY (?)";
    private static final String LOCK = SELECT + " FOR UPDATE";
    private static final String LOCK_EXPIRED = "SELECT " + COLUMNS + " FROM ledger_transfer"
            + " WHERE state = 'PENDING' AND expires_at <= ? ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED";
    /**
     * Everything a unit of work did, in one statement (one round trip while the accounts are locked): the accounts'
     * new figures, the new transfers, the resolved ones and the entries, each from parallel arrays. The entries'
     * foreign keys see the transfers inserted beside them: constraints are checked when the statement ends.
     */
    private static final String RECORD = """
            WITH accounts AS (
                   UPDATE ledger_account a
                      SET debits_posted = v.debits_posted, credits_posted = v.credits_posted, debits_pending = v.debits_pending,
                          credits_pending = v.credits_pending, version = v.version, updated_at = greatest(a.updated_at, ?)
                     FROM unnest(?::uuid[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                          AS v (id, debits_posted, credits_posted, debits_pending, credits_pending, version)
                    WHERE a.id = v.id
                   RETURNING a.id),
                 created AS (
                   INSERT INTO ledger_transfer (id, debit_account_id, credit_account_id, amount, currency, is_pending,
                                                timeout_seconds, reference, state, posted_amount, expires_at, created_by_id,
                                                created_at, updated_at, version, resolved_at)
                   SELECT v.id, v.debit, v.credit, v.amount, v.currency, v.pending, v.timeout, v.reference, v.state, v.posted,
                          v.expires::timestamptz, v.created_by, ?, ?, 0, v.resolved::timestamptz
                     FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::bigint[], ?::text[], ?::boolean[], ?::integer[], ?::text[],
                                 ?::text[], ?::bigint[], ?::text[], ?::uuid[], ?::text[])
                          AS v (id, debit, credit, amount, currency, pending, timeout, reference, state, posted, expires,
                                created_by, resolved)
                   RETURNING id),
                 resolved AS (
                   UPDATE ledger_transfer t
                      SET state = v.state, posted_amount = v.posted, resolved_at = ?, updated_at = greatest(t.updated_at, ?),
                          version = t.version + 1
                     FROM unnest(?::uuid[], ?::text[], ?::bigint[]) AS v (id, state, posted)
                    WHERE t.id = v.id AND t.state = 'PENDING'
                   RETURNING t.id),
                 entries AS (
                   INSERT INTO ledger_entry (id, transfer_id, account_id, side, amount, balance_after, account_version, created_at)
                   SELECT uuid_v7(), v.transfer, v.account, v.side, v.amount, v.balance_after, v.version, ?
                     FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
                          AS v (transfer, account, side, amount, balance_after, version)
                   RETURNING id)
            SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM created), (SELECT count(*) FROM resolved),
                   (SELECT count(*) FROM entries)""";
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
    public LockedAccounts lockAccountsAndFind(Collection<AccountId> accounts, Collection<TransferId> ids) {
        return jdbc.prepareStatement(LOCK_ACCOUNTS_AND_FIND, statement -> {
            AccountRows.bindLock(statement, accounts);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", ids.stream().map(TransferId::value).toArray()));
            List<Account> locked = AccountRows.runLock(statement);
            statement.getMoreResults();
            Map<TransferId, Transfer> found = new LinkedHashMap<>();
            try (ResultSet row = statement.getResultSet()) {
                while (row.next()) {
                    Transfer transfer = transfer(row);
                    found.put(transfer.id(), transfer);
                }
            }
            return new LockedAccounts(locked, found);
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
    public void record(LedgerBook book, Instant now) {
        Collection<Account> accounts = book.changedAccounts();
        List<Transfer> created = book.created();
        List<Transfer> resolved = book.resolved();
        List<LedgerEntry> entries = book.entries();
        if (accounts.isEmpty() && created.isEmpty() && resolved.isEmpty()) {
            return;
        }
        long[] written = jdbc.prepareStatement(RECORD, statement -> {
            Connection connection = statement.getConnection();
            OffsetDateTime at = utc(now);
            int i = 1;
            statement.setObject(i++, at);
            statement.setArray(i++, array(connection, "uuid", accounts, account -> account.id().value()));
            statement.setArray(i++, array(connection, "bigint", accounts, Account::debitsPosted));
            statement.setArray(i++, array(connection, "bigint", accounts, Account::creditsPosted));
            statement.setArray(i++, array(connection, "bigint", accounts, Account::debitsPending));
            statement.setArray(i++, array(connection, "bigint", accounts, Account::creditsPending));
            statement.setArray(i++, array(connection, "bigint", accounts, Account::version));
            statement.setObject(i++, at);
            statement.setObject(i++, at);
            statement.setArray(i++, array(connection, "uuid", created, transfer -> transfer.id().value()));
            statement.setArray(i++, array(connection, "uuid", created, transfer -> transfer.terms().debitAccountId().value()));
            statement.setArray(i++, array(connection, "uuid", created, transfer -> transfer.terms().creditAccountId().value()));
            statement.setArray(i++, array(connection, "bigint", created, transfer -> transfer.terms().amount()));
            statement.setArray(i++, array(connection, "text", created, transfer -> transfer.terms().currency().code()));
            statement.setArray(i++, array(connection, "boolean", created, transfer -> transfer.terms().pending()));
            statement.setArray(i++, array(connection, "integer", created, transfer -> transfer.terms().timeoutSeconds().orElse(null)));
            statement.setArray(i++, array(connection, "text", created, transfer -> transfer.terms().reference().orElse(null)));
            statement.setArray(i++, array(connection, "text", created, transfer -> transfer.state().name()));
            statement.setArray(i++, array(connection, "bigint", created, transfer -> transfer.postedAmount().orElse(null)));
            statement.setArray(i++, array(connection, "text", created, transfer -> transfer.expiresAt().map(Instant::toString).orElse(null)));
            statement.setArray(i++, array(connection, "uuid", created, transfer -> transfer.createdBy().map(UserId::value).orElse(null)));
            statement.setArray(i++, array(connection, "text", created, transfer -> transfer.resolvedAt().map(Instant::toString).orElse(null)));
            statement.setObject(i++, at);
            statement.setObject(i++, at);
            statement.setArray(i++, array(connection, "uuid", resolved, transfer -> transfer.id().value()));
            statement.setArray(i++, array(connection, "text", resolved, transfer -> transfer.state().name()));
            statement.setArray(i++, array(connection, "bigint", resolved, transfer -> transfer.postedAmount().orElse(null)));
            statement.setObject(i++, at);
            statement.setArray(i++, array(connection, "uuid", entries, entry -> entry.transferId().value()));
            statement.setArray(i++, array(connection, "uuid", entries, entry -> entry.accountId().value()));
            statement.setArray(i++, array(connection, "text", entries, entry -> entry.side().name()));
            statement.setArray(i++, array(connection, "bigint", entries, LedgerEntry::amount));
            statement.setArray(i++, array(connection, "bigint", entries, LedgerEntry::balanceAfter));
            statement.setArray(i, array(connection, "bigint", entries, LedgerEntry::accountVersion));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)};
            }
        });
        if (written[0] != accounts.size() || written[2] != resolved.size()) {
            // The accounts were locked and the transfers were pending under the same locks: anything else is a bug.
            throw new IllegalStateException("ledger write mismatch: " + java.util.Arrays.toString(written));
        }
    }

    private static <T> Array array(Connection connection, String type, Collection<T> items, Function<T, Object> value)
            throws SQLException {
        return connection.createArrayOf(type, items.stream().map(value).toArray());
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

    private static Transfer transfer(ResultSet row) throws SQLException {
        int timeout = row.getInt(7);
        Optional<Integer> timeoutSeconds = row.wasNull() ? Optional.empty() : Optional.of(timeout);
        long posted = row.getLong(10);
        Optional<Long> postedAmount = row.wasNull() ? Optional.empty() : Optional.of(posted);
        TransferTerms terms = new TransferTerms(new AccountId(row.getObject(2, UUID.class)), new AccountId(row.getObject(3, UUID.class)),
                row.getLong(4), new Currency(row.getString(5)), row.getBoolean(6), timeoutSeconds, Optional.ofNullable(row.getString(8)));
        return new Transfer(new TransferId(row.getObject(1, UUID.class)), terms, TransferState.valueOf(row.getString(9)), postedAmount,
                optionalInstant(row, 11), Optional.ofNullable(row.getObject(12, UUID.class)).map(UserId::new),
                instant(row, 13), optionalInstant(row, 14));
    }
}
