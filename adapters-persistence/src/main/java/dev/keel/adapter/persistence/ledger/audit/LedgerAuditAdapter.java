package dev.keel.adapter.persistence.ledger.audit;

import dev.keel.application.ledger.transfer.LedgerAudit;
import dev.keel.application.ledger.transfer.Reconciliation;
import dev.keel.domain.shared.money.Currency;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LedgerAudit} in SQL: four statements, run by the caller inside one REPEATABLE READ snapshot. Each check lists
 * what breaks it (at most {@link #MAX_LISTED} rows each), so that a 409 says exactly where the books are wrong.
 * Sums are PostgreSQL numerics, read whole: a currency's totals over many accounts pass the range of a long
 * (2^63 - 1), and the per-account checks add in numeric too, so that no figure the table holds can break the audit.
 */
@Singleton
public final class LedgerAuditAdapter implements LedgerAudit {

    static final int MAX_LISTED = 100;

    private static final String TOTALS = """
            SELECT currency, sum(debits_posted), sum(credits_posted), sum(debits_pending), sum(credits_pending), count(*)
              FROM ledger_account GROUP BY currency ORDER BY currency""";
    /** Accounts whose stored figures differ from their entries and pending transfers, or that break their own limit. */
    private static final String ACCOUNTS = """
            SELECT a.id, a.debits_posted, coalesce(e.debits, 0), a.credits_posted, coalesce(e.credits, 0),
                   a.debits_pending, coalesce(d.held, 0), a.credits_pending, coalesce(c.held, 0)
              FROM ledger_account a
              LEFT JOIN (SELECT account_id, sum(amount) FILTER (WHERE side = 'DEBIT') AS debits,
                                sum(amount) FILTER (WHERE side = 'CREDIT') AS credits
                           FROM ledger_entry GROUP BY account_id) e ON e.account_id = a.id
              LEFT JOIN (SELECT debit_account_id, sum(amount) AS held FROM ledger_transfer WHERE state = 'PENDING'
                          GROUP BY debit_account_id) d ON d.debit_account_id = a.id
              LEFT JOIN (SELECT credit_account_id, sum(amount) AS held FROM ledger_transfer WHERE state = 'PENDING'
                          GROUP BY credit_account_id) c ON c.credit_account_id = a.id
             WHERE a.debits_posted <> coalesce(e.debits, 0) OR a.credits_posted <> coalesce(e.credits, 0)
                OR a.debits_pending <> coalesce(d.held, 0) OR a.credits_pending <> coalesce(c.held, 0)
                OR (a.is_debits_capped AND a.debits_posted::numeric + a.debits_pending > a.credits_posted)
                OR (a.is_credits_capped AND a.credits_posted::numeric + a.credits_pending > a.debits_posted)
             ORDER BY a.id LIMIT ?""";
    /** Transfers whose entries do not net to zero or do not match what they posted. */
    private static final String TRANSFERS = """
            SELECT t.id, t.state, t.posted_amount, e.debits, e.credits, coalesce(e.n, 0)
              FROM ledger_transfer t
              LEFT JOIN (SELECT transfer_id, sum(amount) FILTER (WHERE side = 'DEBIT') AS debits,
                                sum(amount) FILTER (WHERE side = 'CREDIT') AS credits, count(*) AS n
                           FROM ledger_entry GROUP BY transfer_id) e ON e.transfer_id = t.id
             WHERE (t.state = 'POSTED' AND (e.n IS DISTINCT FROM 2 OR e.debits IS DISTINCT FROM t.posted_amount
                                            OR e.credits IS DISTINCT FROM t.posted_amount))
                OR (t.state <> 'POSTED' AND e.n IS NOT NULL)
             ORDER BY t.id LIMIT ?""";
    private static final String COUNTS = "SELECT (SELECT count(*) FROM ledger_transfer), (SELECT count(*) FROM ledger_entry)";

    private final JdbcOperations jdbc;

    LedgerAuditAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Reconciliation audit() {
        List<String> violations = new ArrayList<>();
        List<Reconciliation.CurrencyTotals> totals = new ArrayList<>();
        long accounts = jdbc.prepareStatement(TOTALS, statement -> {
            long count = 0;
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    var currency = new Reconciliation.CurrencyTotals(new Currency(row.getString(1)), whole(row, 2),
                            whole(row, 3), whole(row, 4), whole(row, 5));
                    totals.add(currency);
                    count += row.getLong(6);
                    if (!currency.debitsPosted().equals(currency.creditsPosted())) {
                        violations.add(currency.currency() + ": posted debits " + currency.debitsPosted() + " <> posted credits "
                                + currency.creditsPosted());
                    }
                    if (!currency.debitsPending().equals(currency.creditsPending())) {
                        violations.add(currency.currency() + ": pending debits " + currency.debitsPending() + " <> pending credits "
                                + currency.creditsPending());
                    }
                }
            }
            return count;
        });
        jdbc.prepareStatement(ACCOUNTS, statement -> {
            statement.setInt(1, MAX_LISTED);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    violations.add("account " + row.getString(1) + ": stored debits/credits posted "
                            + row.getString(2) + "/" + row.getString(4) + " (entries " + row.getString(3) + "/"
                            + row.getString(5) + "), pending " + row.getString(6) + "/" + row.getString(8)
                            + " (pending transfers " + row.getString(7) + "/" + row.getString(9)
                            + "), or beyond its limit");
                }
            }
            return null;
        });
        jdbc.prepareStatement(TRANSFERS, statement -> {
            statement.setInt(1, MAX_LISTED);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    violations.add("transfer " + row.getString(1) + " (" + row.getString(2) + ", posted " + row.getString(3)
                            + "): " + row.getLong(6) + " entries, debits " + row.getString(4) + ", credits " + row.getString(5));
                }
            }
            return null;
        });
        long[] counts = jdbc.prepareStatement(COUNTS, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        });
        return new Reconciliation(totals, accounts, counts[0], counts[1], violations);
    }

    /** A sum of bigints: a numeric without fraction, of any size. */
    private static BigInteger whole(ResultSet row, int column) throws SQLException {
        BigDecimal sum = row.getBigDecimal(column);
        return sum == null ? BigInteger.ZERO : sum.toBigIntegerExact();
    }
}
