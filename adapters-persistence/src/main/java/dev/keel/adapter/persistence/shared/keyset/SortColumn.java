package dev.keel.adapter.persistence.shared.keyset;

import dev.keel.domain.shared.paging.SortValue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A column a list may be sorted by: its name (a plain or table-qualified column, never client text), its
 * SQL type and whether it may be NULL. Text columns are compared with {@code COLLATE "C"}: code-point order,
 * the same on every server whatever its default collation, and the order the in-memory fakes use. An
 * enumeration stored as text is a {@link #text} column; its values sort by constant name.
 */
public final class SortColumn {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    /** The SQL types a sort key can have, each with the kind of {@link SortValue} it holds. */
    enum Type {
        TEXT(SortValue.Kind.TEXT),
        TIMESTAMPTZ(SortValue.Kind.TIMESTAMP),
        DATE(SortValue.Kind.DATE),
        BIGINT(SortValue.Kind.INTEGER),
        NUMERIC(SortValue.Kind.DECIMAL),
        UUID(SortValue.Kind.UUID);

        final SortValue.Kind kind;

        Type(SortValue.Kind kind) {
            this.kind = kind;
        }
    }

    private final String name;
    private final Type type;
    private final boolean nullable;

    private SortColumn(String name, Type type, boolean nullable) {
        if (!COLUMN.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("a sort column is a plain lower-case column name: " + name);
        }
        this.name = name;
        this.type = type;
        this.nullable = nullable;
    }

    public static SortColumn text(String name) {
        return new SortColumn(name, Type.TEXT, false);
    }

    public static SortColumn timestamptz(String name) {
        return new SortColumn(name, Type.TIMESTAMPTZ, false);
    }

    public static SortColumn date(String name) {
        return new SortColumn(name, Type.DATE, false);
    }

    public static SortColumn bigint(String name) {
        return new SortColumn(name, Type.BIGINT, false);
    }

    public static SortColumn numeric(String name) {
        return new SortColumn(name, Type.NUMERIC, false);
    }

    public static SortColumn uuid(String name) {
        return new SortColumn(name, Type.UUID, false);
    }

    /** The same column, which may be NULL: it sorts NULLS LAST in both directions. */
    public SortColumn nullable() {
        return new SortColumn(name, type, true);
    }

    String name() {
        return name;
    }

    boolean isNullable() {
        return nullable;
    }

    /** The column as ORDER BY and the position compare it: text in code-point order. */
    String comparable() {
        return type == Type.TEXT ? name + " COLLATE \"C\"" : name;
    }

    /** Whether {@code value} can stand at this column in a position. */
    boolean admits(SortValue value) {
        return value.kind() == SortValue.Kind.NULL ? nullable : value.kind() == type.kind;
    }

    /** {@code value} (not NULL) as a JDBC parameter of this column's type. */
    static Object parameter(SortValue value) {
        return switch (value) {
            case SortValue.Text text -> text.value();
            case SortValue.Timestamp timestamp -> timestamp.value().atOffset(ZoneOffset.UTC);
            case SortValue.Date date -> date.value();
            case SortValue.Integer integer -> integer.value();
            case SortValue.Decimal decimal -> decimal.value();
            case SortValue.Uuid uuid -> uuid.value();
            case SortValue.Null ignored -> throw new IllegalArgumentException("NULL is compared with IS NULL, never bound");
        };
    }

    /** The value of this column in the current row, read by its {@code label} in the select list. */
    SortValue read(ResultSet rs, String label) throws SQLException {
        Object value = switch (type) {
            case TEXT -> rs.getString(label);
            case TIMESTAMPTZ -> {
                OffsetDateTime timestamp = rs.getObject(label, OffsetDateTime.class);
                yield timestamp == null ? null : timestamp.toInstant();
            }
            case DATE -> rs.getObject(label, LocalDate.class);
            case BIGINT -> {
                long number = rs.getLong(label);
                yield rs.wasNull() ? null : number;
            }
            case NUMERIC -> rs.getObject(label, BigDecimal.class);
            case UUID -> rs.getObject(label, UUID.class);
        };
        return SortValue.of(value);
    }

    @Override
    public String toString() {
        return name + " " + type + (nullable ? " NULL" : " NOT NULL");
    }
}
