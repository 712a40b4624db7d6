package dev.keel.domain.shared.paging;

import dev.keel.domain.shared.time.MicrosecondTimestamps;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of one sort key in a {@link KeysetPosition}: a typed value, or {@link #NULL} for a missing one.
 *
 * <p>Every value has a canonical text form, {@link #canonical()}, and {@link #parse(Kind, String)} turns
 * exactly that form back into an equal value, so a position survives a cursor unchanged. Parsing accepts
 * the canonical form only (no {@code +5}, {@code 1E+3} or {@code 2026-01-01T00:00Z}): one value, one text.
 *
 * <p>Every implementation of a list orders values of one kind the same way: text by Unicode code point
 * (what PostgreSQL's {@code COLLATE "C"} does with UTF-8, and not {@link String#compareTo}, which compares
 * UTF-16 units), UUIDs by their unsigned bytes, everything else by its natural order, and {@link #NULL}
 * after every value in both directions (NULLS LAST).
 */
public sealed interface SortValue {

    /** A missing value. Its kind, not its (empty) text, tells it from an empty string. */
    SortValue NULL = new Null();

    /** The kinds of value a sort key can hold, in the order of the cases below. */
    enum Kind {
        TEXT,
        TIMESTAMP,
        DATE,
        INTEGER,
        DECIMAL,
        UUID,
        NULL
    }

    /** The kind of this value. */
    default Kind kind() {
        return switch (this) {
            case Text ignored -> Kind.TEXT;
            case Timestamp ignored -> Kind.TIMESTAMP;
            case Date ignored -> Kind.DATE;
            case Integer ignored -> Kind.INTEGER;
            case Decimal ignored -> Kind.DECIMAL;
            case Uuid ignored -> Kind.UUID;
            case Null ignored -> Kind.NULL;
        };
    }

    /** The canonical text form; empty for {@link #NULL}. */
    default String canonical() {
        return switch (this) {
            case Text text -> text.value();
            case Timestamp timestamp -> MicrosecondTimestamps.format(timestamp.value());
            case Date date -> date.value().toString();
            case Integer integer -> Long.toString(integer.value());
            case Decimal decimal -> decimal.value().toPlainString();
            case Uuid uuid -> uuid.value().toString();
            case Null ignored -> "";
        };
    }

    /** Text as it is; an enumeration constant sorts by its name. */
    record Text(String value) implements SortValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An instant at microsecond precision (PostgreSQL's), written in UTC with exactly six fraction digits. */
    record Timestamp(Instant value) implements SortValue {
        public Timestamp {
            Objects.requireNonNull(value, "value");
            if (value.getNano() % 1_000 != 0) {
                throw new IllegalArgumentException("a timestamp sort key has microsecond precision: " + value);
            }
        }
    }

    /** A calendar date in ISO form, {@code 2026-11-21}. */
    record Date(LocalDate value) implements SortValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A whole number (bigint) in plain decimal. */
    record Integer(long value) implements SortValue {
    }

    /** An exact decimal (numeric) in plain decimal notation, scale kept ({@code 1.50}, never {@code 1.5E+0}). */
    record Decimal(BigDecimal value) implements SortValue {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A UUID in its lower-case hyphenated form. */
    record Uuid(UUID value) implements SortValue {
        public Uuid {
            Objects.requireNonNull(value, "value");
        }
    }

    /** See {@link SortValue#NULL}. */
    record Null() implements SortValue {
    }

    /**
     * The sort value of a plain JDK value: {@code String}, {@code Instant}, {@code LocalDate}, {@code Long},
     * {@code Integer}, {@code Short}, {@code BigDecimal}, {@code UUID}, an enumeration constant (by name), or
     * {@code null}.
     */
    static SortValue of(Object value) {
        return switch (value) {
            case null -> NULL;
            case String text -> new Text(text);
            case Enum<?> constant -> new Text(constant.name());
            case Instant instant -> new Timestamp(instant);
            case LocalDate date -> new Date(date);
            case Long number -> new Integer(number);
            case java.lang.Integer number -> new Integer(number);
            case Short number -> new Integer(number);
            case BigDecimal number -> new Decimal(number);
            case UUID id -> new Uuid(id);
            default -> throw new IllegalArgumentException("no sort value of type " + value.getClass().getName());
        };
    }

    /**
     * The value whose canonical form is {@code text}. {@link IllegalArgumentException} when {@code text} is
     * not the canonical form of a value of this kind.
     */
    static SortValue parse(Kind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        SortValue value;
        try {
            value = switch (kind) {
                case TEXT -> new Text(text);
                case TIMESTAMP -> new Timestamp(Instant.parse(text));
                case DATE -> new Date(LocalDate.parse(text));
                case INTEGER -> new Integer(Long.parseLong(text));
                case DECIMAL -> new Decimal(new BigDecimal(text));
                case UUID -> new Uuid(java.util.UUID.fromString(text));
                case NULL -> NULL;
            };
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a canonical " + kind + " sort value", e);
        }
        if (!value.canonical().equals(text)) {
            throw new IllegalArgumentException("not a canonical " + kind + " sort value");
        }
        return value;
    }
}
