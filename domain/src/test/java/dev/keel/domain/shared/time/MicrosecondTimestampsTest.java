package dev.keel.domain.shared.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class MicrosecondTimestampsTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void formatsUtcWithExactlySixFractionDigits() {
        assertThat(format("2026-11-21T10:15:30.123456Z")).isEqualTo("2026-11-21T10:15:30.123456Z");
        assertThat(format("2026-01-02T03:04:05Z")).isEqualTo("2026-01-02T03:04:05.000000Z");
        assertThat(format("0099-12-31T23:59:59.000001Z")).isEqualTo("0099-12-31T23:59:59.000001Z");
        assertThat(format("2026-11-21T10:15:30.123456789Z"))
                .as("nanoseconds beyond PostgreSQL's microseconds are cut, not rounded")
                .isEqualTo("2026-11-21T10:15:30.123456Z");
    }

    @Test
    void agreesWithTheIsoFormatterOnAnyInstantIncludingYearsBeyondFourDigits() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 10_000; n++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 300_000_000_000L),
                    random.nextInt(1_000_000_000));
            assertThat(MicrosecondTimestamps.format(instant)).as("%s", instant).isEqualTo(REFERENCE.format(instant));
        }
    }

    private static String format(String instant) {
        return MicrosecondTimestamps.format(Instant.parse(instant));
    }
}
