package dev.keel.adapter.persistence.shared.keyset;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortValue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The order of a list: one or more {@link SortColumn}s, each ascending or descending, then the id as the
 * final tie-breaker in the direction of the last column, so that the order is total. It writes the
 * ORDER BY, the condition "after this position", and reads the position of a row.
 *
 * <p>The position condition takes one of two forms:
 * <ul>
 *   <li>the row value {@code (a, b, id) > (?, ?, ?)} when every column runs in one direction and none is
 *       nullable: PostgreSQL enters an index on {@code (a, b, id)} right at the position;</li>
 *   <li>otherwise the expanded form {@code a > ? OR (a = ? AND (b < ? OR (b = ? AND id > ?)))}, led by
 *       {@code a >= ?} when the first column is not nullable, so that an index on it still bounds the scan.
 *       NULLS LAST in both directions: after a value come the further values, then every NULL; after a NULL
 *       only NULLs, ordered by the following columns.</li>
 * </ul>
 */
public final class KeysetOrder {

    private static final String KEY_LABEL = "keyset_key_";
    private static final String ID_LABEL = "keyset_id";

    private record Term(SortColumn column, SortDirection direction) {

        boolean ascending() {
            return direction == SortDirection.ASC;
        }

        String orderBy() {
            return column.comparable() + (ascending() ? " ASC" : " DESC") + (column.isNullable() ? " NULLS LAST" : "");
        }
    }

    private final List<Term> terms;
    private final SortColumn id;

    private KeysetOrder(List<Term> terms, SortColumn id) {
        this.terms = List.copyOf(terms);
        this.id = id;
    }

    public static KeysetOrder by(SortColumn column, SortDirection direction) {
        return new KeysetOrder(List.of(new Term(column, direction)), SortColumn.uuid("id"));
    }

    /** This order, then {@code column} where all earlier columns are equal. */
    public KeysetOrder then(SortColumn column, SortDirection direction) {
        List<Term> more = new ArrayList<>(terms);
        more.add(new Term(column, direction));
        return new KeysetOrder(more, id);
    }

    /** This order with another (uuid, not null) id column, e.g. {@code u.id} in a join; {@code id} by default. */
    public KeysetOrder tieBrokenBy(String idColumn) {
        return new KeysetOrder(terms, SortColumn.uuid(idColumn));
    }

    /** True when the position is one row-value comparison (same direction throughout, no nullable column). */
    boolean comparesRowValues() {
        return terms.stream().noneMatch(term -> term.column().isNullable())
                && terms.stream().allMatch(term -> term.direction() == idTerm().direction());
    }

    /** {@code ORDER BY ...} with the id last. */
    String orderBy() {
        List<String> parts = new ArrayList<>();
        terms.forEach(term -> parts.add(term.orderBy()));
        parts.add(idTerm().orderBy());
        return "ORDER BY " + String.join(", ", parts);
    }

    /** The extra select-list entries from which {@link #positionOf} reads a row's position. */
    String positionColumns() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            sql.append(", ").append(terms.get(i).column().name()).append(" AS ").append(KEY_LABEL).append(i);
        }
        return sql.append(", ").append(id.name()).append(" AS ").append(ID_LABEL).toString();
    }

    /** The position of the current row of a result selected with {@link #positionColumns}. */
    KeysetPosition positionOf(ResultSet rs) throws SQLException {
        List<SortValue> keys = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            keys.add(terms.get(i).column().read(rs, KEY_LABEL + i));
        }
        return new KeysetPosition(keys, rs.getObject(ID_LABEL, UUID.class));
    }

    /** The condition "sorts after {@code position}", its parameters appended to {@code parameters} in order. */
    String after(KeysetPosition position, List<Object> parameters) {
        requireFits(position);
        if (comparesRowValues()) {
            List<String> columns = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                columns.add(terms.get(i).column().comparable());
                marks.add("?");
                parameters.add(SortColumn.parameter(position.keys().get(i)));
            }
            columns.add(id.name());
            marks.add("?");
            parameters.add(position.id());
            return "(" + String.join(", ", columns) + ") " + beyond(idTerm()) + " (" + String.join(", ", marks) + ")";
        }
        StringBuilder sql = new StringBuilder();
        Term first = terms.getFirst();
        SortValue firstKey = position.keys().getFirst();
        if (!first.column().isNullable()) {
            // Redundant with what follows, but a plain range an index on the first column can start from.
            sql.append(first.column().comparable()).append(' ').append(beyond(first)).append("= ? AND ");
            parameters.add(SortColumn.parameter(firstKey));
        }
        return sql.append('(').append(expandedAfter(0, position, parameters)).append(')').toString();
    }

    /** After the position from term {@code i} on, all earlier terms being equal to the position's. */
    private String expandedAfter(int i, KeysetPosition position, List<Object> parameters) {
        if (i == terms.size()) {
            parameters.add(position.id());
            return id.name() + " " + beyond(idTerm()) + " ?";
        }
        Term term = terms.get(i);
        String column = term.column().comparable();
        SortValue key = position.keys().get(i);
        if (key.kind() == SortValue.Kind.NULL) {
            // NULLS LAST: nothing but NULLs follows a NULL.
            return column + " IS NULL AND (" + expandedAfter(i + 1, position, parameters) + ")";
        }
        Object value = SortColumn.parameter(key);
        parameters.add(value);
        String further = column + " " + beyond(term) + " ?";
        if (term.column().isNullable()) {
            further = "(" + further + " OR " + column + " IS NULL)";
        }
        parameters.add(value);
        return further + " OR (" + column + " = ? AND (" + expandedAfter(i + 1, position, parameters) + "))";
    }

    private Term idTerm() {
        return new Term(id, terms.getLast().direction());
    }

    private static String beyond(Term term) {
        return term.ascending() ? ">" : "<";
    }

    private void requireFits(KeysetPosition position) {
        boolean fits = position.keys().size() == terms.size();
        for (int i = 0; fits && i < terms.size(); i++) {
            fits = terms.get(i).column().admits(position.keys().get(i));
        }
        if (!fits) {
            throw new IllegalArgumentException("keyset position " + position + " does not fit the order " + this);
        }
    }

    @Override
    public String toString() {
        return orderBy();
    }
}
