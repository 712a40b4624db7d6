package dev.keel.adapter.web.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class HttpDateTest {

    private static final String IMF_FIXDATE =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
                    + "\\d{2}:\\d{2}:\\d{2} GMT";

    @Test
    void isAnImfFixdateWithATwoDigitDay() {
        assertThat(HttpDate.at(Instant.parse("2026-12-06T07:05:09.999Z").toEpochMilli()))
                .isEqualTo("Sun, 06 Dec 2026 07:05:09 GMT");
        assertThat(HttpDate.at(Instant.parse("1994-11-06T08:49:37Z").toEpochMilli()))
                .as("RFC 9110's own example").isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void followsTheClockFromOneSecondToTheNext() {
        long second = Instant.parse("2026-02-28T23:59:59Z").toEpochMilli();

        assertThat(HttpDate.at(second)).isEqualTo("Sat, 28 Feb 2026 23:59:59 GMT");
        assertThat(HttpDate.at(second + 999)).isEqualTo("Sat, 28 Feb 2026 23:59:59 GMT");
        assertThat(HttpDate.at(second + 1000)).isEqualTo("Sun, 01 Mar 2026 00:00:00 GMT");
        assertThat(HttpDate.at(second - 1)).as("a clock set back").isEqualTo("Sat, 28 Feb 2026 23:59:58 GMT");
    }

    @Test
    void namesTheSameInstantAsTheRfc1123Parser() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 10_000; n++) {
            long millis = random.nextLong(0, 253_402_300_799_000L);
            String text = HttpDate.at(millis);

            assertThat(text).matches(IMF_FIXDATE);
            assertThat(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                    .isEqualTo(Instant.ofEpochMilli(millis - Math.floorMod(millis, 1000)));
        }
    }
}
