package dev.keel.adapter.web.shared.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The scalar types request records and query parameters may declare, read strictly from text or JSON
 * numbers and booleans. A failed read is an {@link InvalidValue} whose message completes "<field> ...".
 */
public final class Scalars {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT_START = Pattern.compile("[0-9]{4}-");
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,30})?");

    private Scalars() {
    }

    /** Why a value was refused. */
    public static final class InvalidValue extends RuntimeException {
        public InvalidValue(String message) {
            super(message, null, false, false);
        }
    }

    public static boolean isScalar(Class<?> type) {
        return type == String.class || isNumber(type) || type == Boolean.class || type == boolean.class
                || type == LocalDate.class || type == Instant.class || type == UUID.class || type.isEnum();
    }

    public static boolean isNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigDecimal.class;
    }

    public static boolean isBoolean(Class<?> type) {
        return type == Boolean.class || type == boolean.class;
    }

    /** Reads a type that JSON carries as a string (or any scalar, from a query parameter). */
    public static Object fromText(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        }
        if (isNumber(type)) {
            if (!DECIMAL.matcher(text).matches()) {
                throw new InvalidValue(numberMessage(type));
            }
            return fromNumber(type, new BigDecimal(text));
        }
        if (isBoolean(type)) {
            return switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidValue("must be true or false");
            };
        }
        if (type == LocalDate.class) {
            return date(text);
        }
        if (type == Instant.class) {
            return instant(text);
        }
        if (type == UUID.class) {
            return uuid(text);
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
            throw new InvalidValue("must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }
        throw new IllegalArgumentException("not a scalar type: " + type);
    }

    /** Reads a numeric type from an exact JSON number. */
    public static Object fromNumber(Class<?> type, BigDecimal number) {
        if (type == BigDecimal.class) {
            return number;
        }
        BigDecimal whole;
        try {
            whole = number.stripTrailingZeros();
            if (whole.scale() > 0) {
                throw new InvalidValue(numberMessage(type));
            }
        } catch (ArithmeticException e) {
            throw new InvalidValue(numberMessage(type));
        }
        long min = type == Integer.class || type == int.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = type == Integer.class || type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidValue("must be a whole number from " + min + " to " + max);
        }
        long value = whole.longValueExact();
        return type == Integer.class || type == int.class ? (Object) (int) value : (Object) value;
    }

    /**
     * A date as {@code yyyy-MM-dd} with a four-digit year from 0001 to 9999. LocalDate.parse also takes signed and
     * longer years (+10000-01-01, -4714-01-01) that PostgreSQL refuses or silently turns into ±infinity.
     */
    public static LocalDate date(String text) {
        if (DATE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= MIN_YEAR) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // An impossible day such as 2026-02-30: refused below.
            }
        }
        throw new InvalidValue("must be a date such as 2026-11-21 (yyyy-MM-dd, year 0001 to 9999)");
    }

    /** An ISO-8601 instant whose year is four digits from 0001 to 9999, for the same reason as {@link #date}. */
    public static Instant instant(String text) {
        if (INSTANT_START.matcher(text).lookingAt()) {
            try {
                Instant instant = Instant.parse(text);
                if (instant.atOffset(ZoneOffset.UTC).getYear() >= MIN_YEAR
                        && instant.atOffset(ZoneOffset.UTC).getYear() <= MAX_YEAR) {
                    return instant;
                }
            } catch (DateTimeParseException e) {
                // Refused below.
            }
        }
        throw new InvalidValue("must be an ISO-8601 UTC timestamp such as 2026-11-21T10:15:30Z (year 0001 to 9999)");
    }

    /** A UUID in its canonical 36-character form only (UUID.fromString also takes "1-1-1-1-1"). */
    public static UUID uuid(String text) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw new InvalidValue("must be a UUID such as 01a1fe0f-d4af-736d-aae4-c1df0d158a4e");
        }
        return UUID.fromString(text.toLowerCase(Locale.ROOT));
    }

    private static String numberMessage(Class<?> type) {
        return type == BigDecimal.class ? "must be a number" : "must be a whole number";
    }
}
