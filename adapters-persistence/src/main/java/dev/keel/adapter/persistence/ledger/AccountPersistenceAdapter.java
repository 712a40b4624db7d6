package dev.keel.adapter.persistence.ledger;

import dev.keel.adapter.persistence.shared.ConstraintViolations;
import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountCode;
import dev.keel.domain.ledger.account.AccountCodeTakenException;
import dev.keel.domain.ledger.account.AccountFilter;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.account.EntrySide;
import dev.keel.domain.ledger.account.LedgerEntry;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link AccountRepository} on PostgreSQL: accounts locked in id order, changed accounts written in one statement. */
@Singleton
public final class AccountPersistenceAdapter implements AccountRepository {

    private static final String SELECT = "SELECT " + AccountRows.COLUMNS + " FROM ledger_account WHERE id = ?";
    /** Inserts nothing when the owner (the fifth parameter, repeated last) is no live user. */
    private static final String INSERT = """
            INSERT INTO ledger_account (id, code, name, currency, owner_id, is_debits_capped, is_credits_capped, debits_posted,
                                        credits_posted, debits_pending, credits_pending, created_at, updated_at, version, closed_at)
            SELECT ?, ?, ?, ?, ?::uuid, ?, ?, 0, 0, 0, 0, ?, ?, 0, NULL
             WHERE ?::uuid IS NULL OR EXISTS (SELECT 1 FROM app_user u WHERE u.id = ?::uuid AND u.deleted_at IS NULL)""";
    private static final String SAVE = """
            UPDATE ledger_account a
               SET debits_posted = v.debits_posted, credits_posted = v.credits_posted, debits_pending = v.debits_pending,
                   credits_pending = v.credits_pending, version = v.version, closed_at = v.closed_at::timestamptz,
                   updated_at = greatest(a.updated_at, ?)
              FROM unnest(?::uuid[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[])
                   AS v (id, debits_posted, credits_posted, debits_pending, credits_pending, version, closed_at)
             WHERE a.id = v.id""";
    private static final String ENTRY_COLUMNS = "transfer_id, account_id, side, amount, balance_after, account_version, created_at";
    private static final KeysetOrder NEWEST_ENTRY_FIRST = KeysetOrder.by(SortColumn.bigint("account_version"), SortDirection.DESC);
    private static final String BALANCE_AS_OF = """
            SELECT balance_after FROM ledger_entry WHERE account_id = ? AND created_at <= ?
             ORDER BY account_version DESC LIMIT 1""";

    private final JdbcOperations jdbc;
    private final ListReader lists;

    AccountPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return jdbc.prepareStatement(SELECT, statement -> {
            statement.setObject(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(AccountRows.account(row)) : Optional.<Account>empty();
            }
        });
    }

    @Override
    public Page<Account> find(AccountFilter filter, PageRequest page) {
        ListQuery query = ListQuery.of(AccountRows.COLUMNS, "ledger_account", KeysetOrder.by(SortColumn.timestamptz("created_at"), SortDirection.DESC));
        filter.owner().ifPresent(owner -> query.where("owner_id = ?", owner.value()));
        filter.currency().ifPresent(currency -> query.where("currency = ?", currency.code()));
        return lists.find(query, page, AccountRows::account);
    }

    @Override
    public boolean add(Account account) {
        UUID owner = account.ownerId().map(UserId::value).orElse(null);
        return ConstraintViolations.translate("uq_ledger_account_code",
                () -> new AccountCodeTakenException(account.code().map(AccountCode::value).orElse("")),
                () -> jdbc.prepareStatement(INSERT, statement -> {
                    statement.setObject(1, account.id().value());
                    statement.setString(2, account.code().map(AccountCode::value).orElse(null));
                    statement.setString(3, account.name().value());
                    statement.setString(4, account.currency().code());
                    statement.setObject(5, owner);
                    statement.setBoolean(6, account.debitsMustNotExceedCredits());
                    statement.setBoolean(7, account.creditsMustNotExceedDebits());
                    statement.setObject(8, utc(account.createdAt()));
                    statement.setObject(9, utc(account.createdAt()));
                    statement.setObject(10, owner);
                    statement.setObject(11, owner);
                    return statement.executeUpdate() == 1;
                }));
    }

    @Override
    public List<Account> lock(Collection<AccountId> ids) {
        return jdbc.prepareStatement(AccountRows.LOCK, statement -> {
            AccountRows.bindLock(statement, ids);
            return AccountRows.runLock(statement);
        });
    }

    @Override
    public void save(Collection<Account> changed, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(SAVE, statement -> {
            var connection = statement.getConnection();
            statement.setObject(1, utc(now));
            statement.setArray(2, connection.createArrayOf("uuid", changed.stream().map(account -> account.id().value()).toArray()));
            statement.setArray(3, connection.createArrayOf("bigint", changed.stream().map(Account::debitsPosted).toArray()));
            statement.setArray(4, connection.createArrayOf("bigint", changed.stream().map(Account::creditsPosted).toArray()));
            statement.setArray(5, connection.createArrayOf("bigint", changed.stream().map(Account::debitsPending).toArray()));
            statement.setArray(6, connection.createArrayOf("bigint", changed.stream().map(Account::creditsPending).toArray()));
            statement.setArray(7, connection.createArrayOf("bigint", changed.stream().map(Account::version).toArray()));
            statement.setArray(8, connection.createArrayOf("text",
                    changed.stream().map(account -> account.closedAt().map(Instant::toString).orElse(null)).toArray()));
            return statement.executeUpdate();
        });
    }

    @Override
    public Page<LedgerEntry> entries(AccountId account, PageRequest page) {
        return lists.find(ListQuery.of(ENTRY_COLUMNS, "ledger_entry", NEWEST_ENTRY_FIRST).where("account_id = ?", account.value()),
                page, AccountPersistenceAdapter::entry);
    }

    @Override
    public long balanceAsOf(AccountId account, Instant asOf) {
        return jdbc.prepareStatement(BALANCE_AS_OF, statement -> {
            statement.setObject(1, account.value());
            statement.setObject(2, utc(asOf));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }

    private static LedgerEntry entry(ResultSet row) throws SQLException {
        return new LedgerEntry(new TransferId(row.getObject(1, UUID.class)), new AccountId(row.getObject(2, UUID.class)),
                EntrySide.valueOf(row.getString(3)), row.getLong(4), row.getLong(5), row.getLong(6),
                instant(row, 7));
    }
}
