package dev.keel.adapter.persistence.shared.keyset;

import dev.keel.domain.shared.paging.KeysetPosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statements of one list: which columns, from where, filtered how and in which {@link KeysetOrder}.
 * Keyset slices and offset pages share the filters and the ORDER BY. Everything in the SQL comes from the
 * code (column lists, table, filter conditions, sort columns); every value is a bind parameter.
 *
 * <pre>{@code
 * ListQuery.of(UserRow.COLUMNS, "app_user", KeysetOrder.by(SortColumn.text("name"), SortDirection.ASC))
 *         .where("deleted_at IS NULL")
 *         .where("status = ?", status);
 * }</pre>
 */
public final class ListQuery {

    private final String columns;
    private final String from;
    private final KeysetOrder order;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private ListQuery(String columns, String from, KeysetOrder order) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.from = Objects.requireNonNull(from, "from");
        this.order = Objects.requireNonNull(order, "order");
    }

    /** {@code SELECT <columns> FROM <from>} in {@code order}; both are SQL written in the code, never input. */
    public static ListQuery of(String columns, String from, KeysetOrder order) {
        return new ListQuery(columns, from, order);
    }

    /**
     * Like {@link #of(String, String, KeysetOrder)} for a {@code from} with {@code ?} of its own (a derived table),
     * bound to {@code fromValues} before the conditions' values.
     */
    public static ListQuery of(String columns, String from, List<?> fromValues, KeysetOrder order) {
        long marks = from.chars().filter(c -> c == '?').count();
        if (marks != fromValues.size()) {
            throw new IllegalArgumentException(marks + " parameters in the from clause but " + fromValues.size() + " values");
        }
        ListQuery query = new ListQuery(columns, from, order);
        query.parameters.addAll(fromValues);
        return query;
    }

    /**
     * Adds a condition all listed rows meet, with one value per {@code ?} (an {@code Instant} is bound as a
     * {@code timestamptz}, an enumeration constant as its name, a {@code UUID[]} or {@code String[]} as an array); write
     * an operator holding a question mark ({@code ?&}) with it doubled ({@code ??&}). Conditions are joined with AND.
     */
    public ListQuery where(String condition, Object... values) {
        // "??" is the JDBC escape of an operator's question mark (?&, ?|), not a parameter.
        long marks = condition.replace("??", "").chars().filter(c -> c == '?').count();
        if (marks != values.length) {
            throw new IllegalArgumentException(marks + " parameters in \"" + condition + "\" but " + values.length + " values");
        }
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    KeysetOrder order() {
        return order;
    }

    /** Up to {@code rows} rows after {@code after} (from the first when empty), with their positions. */
    SqlStatement slice(Optional<KeysetPosition> after, int rows) {
        List<Object> values = new ArrayList<>(parameters);
        List<String> all = new ArrayList<>(conditions);
        after.ifPresent(position -> all.add(order.after(position, values)));
        values.add(rows);
        return new SqlStatement("SELECT " + columns + order.positionColumns() + " FROM " + from + where(all) + " "
                + order.orderBy() + " LIMIT ?", values);
    }

    /** Rows {@code offset + 1} to {@code offset + rows} in order. */
    SqlStatement page(long offset, int rows) {
        List<Object> values = new ArrayList<>(parameters);
        values.add(rows);
        values.add(offset);
        return new SqlStatement("SELECT " + columns + " FROM " + from + where(conditions) + " " + order.orderBy()
                + " LIMIT ? OFFSET ?", values);
    }

    /** How many rows the filters let through. */
    SqlStatement count() {
        return new SqlStatement("SELECT count(*) FROM " + from + where(conditions), parameters);
    }

    private static String where(List<String> conditions) {
        if (conditions.isEmpty()) {
            return "";
        }
        List<String> parenthesized = conditions.stream().map(condition -> "(" + condition + ")").toList();
        return " WHERE " + String.join(" AND ", parenthesized);
    }
}
