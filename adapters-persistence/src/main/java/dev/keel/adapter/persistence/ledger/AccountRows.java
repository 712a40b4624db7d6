package dev.keel.adapter.persistence.ledger;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountCode;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountName;
import dev.keel.domain.shared.money.Currency;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.optionalInstant;

/**
 * How accounts are read, and the statement every ledger write starts with ({@link #LOCK}, which the account and the
 * transfer adapters run): the accounts locked {@code FOR NO KEY UPDATE} in id order, so that no two units of work
 * wait for each other. NO KEY UPDATE: the row changes but not its key, so inserts that reference it (their
 * foreign-key share locks) do not wait.
 * <p>
 * It first sets {@code plan_cache_mode} for the rest of the transaction. The ledger's statements take their rows as
 * arrays, and PostgreSQL's plan cache never settles on a generic plan for those (a custom plan for the actual two
 * elements always looks cheaper than one for an unknown number), so it planned the four-table write afresh for every
 * transfer, at about a quarter of the database's CPU in a profile. The generic plans are index lookups per element,
 * right for any size. The setting goes with the lock in one round trip, and the statement's rows are its second
 * result.
 */
final class AccountRows {

    static final String COLUMNS = "id, code, name, currency, owner_id, is_debits_capped, is_credits_capped, "
            + "debits_posted, credits_posted, debits_pending, credits_pending, version, created_at, closed_at";
    static final String LOCK = "SET LOCAL plan_cache_mode = force_generic_plan; "
            + "SELECT " + COLUMNS + " FROM ledger_account WHERE id = ANY (?) ORDER BY id FOR NO KEY UPDATE";

    private AccountRows() {
    }

    /** Binds the ids to {@link #LOCK} as the statement's first parameter. */
    static void bindLock(PreparedStatement statement, Collection<AccountId> ids) throws SQLException {
        statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids.stream().map(AccountId::value).toArray()));
    }

    /** Runs a statement that starts with {@link #LOCK} and reads the accounts it locked; later results stay to be read. */
    static List<Account> runLock(PreparedStatement statement) throws SQLException {
        statement.execute();
        statement.getMoreResults(); // past the SET's result, to the rows
        List<Account> locked = new ArrayList<>();
        try (ResultSet row = statement.getResultSet()) {
            while (row.next()) {
                locked.add(account(row));
            }
        }
        return locked;
    }

    static Account account(ResultSet row) throws SQLException {
        return new Account(new AccountId(row.getObject(1, UUID.class)), Optional.ofNullable(row.getString(2)).map(AccountCode::new),
                new AccountName(row.getString(3)), new Currency(row.getString(4)),
                Optional.ofNullable(row.getObject(5, UUID.class)).map(UserId::new), row.getBoolean(6), row.getBoolean(7),
                row.getLong(8), row.getLong(9), row.getLong(10), row.getLong(11), row.getLong(12),
                instant(row, 13),
                optionalInstant(row, 14));
    }
}
