package dev.keel.adapter.web.shared;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The {@code Date} header of every response: the server's wall clock to the second as an IMF-fixdate (RFC 9110
 * §5.6.7, {@code Sun, 06 Nov 1994 08:49:37 GMT}). The text changes once a second, so it is formatted once a second
 * rather than for every response, as Micronaut 4's own header was (about 1 % of a read's CPU).
 * <p>
 * The day and month names are the fixed English ones the format prescribes, written out here: a
 * {@code DateTimeFormatter} pattern with {@code EEE} and {@code MMM} looks them up in the JDK's locale data, which
 * the first response of a start paid for (about 40 ms of a cold JVM, on the event loop answering the first readiness
 * probe).
 */
final class HttpDate {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private record Stamp(long epochSecond, String text) {
    }

    // Threads that see an older stamp format the same second again: harmless, and cheaper than a lock.
    private static volatile Stamp latest = new Stamp(Long.MIN_VALUE, "");

    private HttpDate() {
    }

    /** The header's value now. */
    static String now() {
        return at(System.currentTimeMillis());
    }

    static String at(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        Stamp stamp = latest;
        if (stamp.epochSecond() != second) {
            stamp = new Stamp(second, imfFixdate(LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC)));
            latest = stamp;
        }
        return stamp.text();
    }

    private static String imfFixdate(LocalDateTime utc) {
        StringBuilder text = new StringBuilder(29)
                .append(DAYS[utc.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(text, utc.getDayOfMonth()).append(' ').append(MONTHS[utc.getMonthValue() - 1]).append(' ');
        String year = Integer.toString(utc.getYear());
        text.repeat('0', Math.max(0, 4 - year.length())).append(year).append(' ');
        twoDigits(text, utc.getHour()).append(':');
        twoDigits(text, utc.getMinute()).append(':');
        return twoDigits(text, utc.getSecond()).append(" GMT").toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
