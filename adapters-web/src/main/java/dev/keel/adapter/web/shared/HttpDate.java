package dev.keel.adapter.web.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header of every response: the server's wall clock to the second as an IMF-fixdate (RFC 9110
 * §5.6.7, {@code Sun, 06 Nov 1994 08:49:37 GMT}). The text changes once a second, so it is formatted once a second
 * rather than for every response, as Micronaut 4's own header was (about 1 % of a read's CPU).
 */
final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

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
            stamp = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            latest = stamp;
        }
        return stamp.text();
    }
}
