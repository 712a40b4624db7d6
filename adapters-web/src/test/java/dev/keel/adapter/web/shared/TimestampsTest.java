package dev.keel.adapter.web.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void anAbsentTimeStaysAbsentAndAPresentOneHasSixFractionDigits() {
        assertThat(Timestamps.format(null)).isNull();
        assertThat(Timestamps.format(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000000Z");
    }
}
