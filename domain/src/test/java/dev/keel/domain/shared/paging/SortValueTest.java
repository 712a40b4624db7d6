package dev.keel.domain.shared.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortValueTest {

    @Test
    void everyKindRoundTripsThroughItsCanonicalText() {
        List<SortValue> values = List.of(
                new SortValue.Text("Zoë 😀 \n tab\t"),
                new SortValue.Text(""),
                new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30.123456Z")),
                new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30Z")),
                new SortValue.Timestamp(Instant.parse("1969-12-31T23:59:59.999999Z")),
                new SortValue.Date(LocalDate.of(2024, 2, 29)),
                new SortValue.Integer(Long.MIN_VALUE),
                new SortValue.Integer(0),
                new SortValue.Decimal(new BigDecimal("1.50")),
                new SortValue.Decimal(new BigDecimal("-0.000000000000000000001")),
                new SortValue.Decimal(new BigDecimal("123456789012345678901234567890")),
                new SortValue.Uuid(UUID.fromString("f0000000-0000-7000-8000-00000000000a")),
                SortValue.NULL);

        for (SortValue value : values) {
            assertThat(SortValue.parse(value.kind(), value.canonical())).as("%s", value).isEqualTo(value);
        }
    }

    @Test
    void canonicalTextsAreTheDocumentedOnes() {
        assertThat(new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30Z")).canonical())
                .isEqualTo("2026-11-21T10:15:30.000000Z");
        assertThat(new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30.1Z")).canonical())
                .isEqualTo("2026-11-21T10:15:30.100000Z");
        assertThat(new SortValue.Date(LocalDate.of(2026, 1, 2)).canonical()).isEqualTo("2026-01-02");
        assertThat(new SortValue.Decimal(new BigDecimal("1E+3")).canonical()).isEqualTo("1000");
        assertThat(new SortValue.Decimal(new BigDecimal("1.50")).canonical()).isEqualTo("1.50");
        assertThat(new SortValue.Integer(-42).canonical()).isEqualTo("-42");
        assertThat(SortValue.of(Colour.RED).canonical()).as("an enumeration constant sorts by its name").isEqualTo("RED");
    }

    @Test
    void nullIsNotTheEmptyString() {
        assertThat(SortValue.NULL.canonical()).isEqualTo(new SortValue.Text("").canonical());
        assertThat(SortValue.NULL).isNotEqualTo(new SortValue.Text(""));
        assertThat(SortValue.parse(SortValue.Kind.TEXT, "")).isEqualTo(new SortValue.Text(""));
        assertThat(SortValue.parse(SortValue.Kind.NULL, "")).isSameAs(SortValue.NULL).isEqualTo(SortValue.of(null));
    }

    @ParameterizedTest
    @CsvSource({
            "TIMESTAMP, 2026-11-21T10:15:30Z",
            "TIMESTAMP, 2026-11-21T10:15:30.123Z",
            "TIMESTAMP, 2026-11-21T10:15:30.123456789Z",
            "TIMESTAMP, 2026-11-21T11:15:30.000000+01:00",
            "TIMESTAMP, yesterday",
            "DATE, 2026-1-2",
            "DATE, 2026-02-30",
            "INTEGER, +5",
            "INTEGER, 007",
            "INTEGER, 9223372036854775808",
            "INTEGER, 1.0",
            "DECIMAL, 1E+3",
            "DECIMAL, +1.5",
            "DECIMAL, .5",
            "DECIMAL, x",
            "UUID, 1-1-1-1-1",
            "UUID, F0000000-0000-7000-8000-00000000000A",
            "NULL, x"})
    void onlyTheCanonicalTextIsAccepted(SortValue.Kind kind, String text) {
        assertThatThrownBy(() -> SortValue.parse(kind, text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timestampsFinerThanMicrosecondsCannotBeKeys() {
        assertThatThrownBy(() -> new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30.123456789Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainJdkValuesBecomeTheirKind() {
        assertThat(SortValue.of("a")).isEqualTo(new SortValue.Text("a"));
        assertThat(SortValue.of(7L)).isEqualTo(new SortValue.Integer(7));
        assertThat(SortValue.of(7)).isEqualTo(new SortValue.Integer(7));
        assertThat(SortValue.of(LocalDate.of(2026, 1, 2))).isEqualTo(new SortValue.Date(LocalDate.of(2026, 1, 2)));
        assertThat(SortValue.of(new BigDecimal("2.5"))).isEqualTo(new SortValue.Decimal(new BigDecimal("2.5")));
        assertThatThrownBy(() -> SortValue.of(2.5d)).as("floating point has no exact order key")
                .isInstanceOf(IllegalArgumentException.class);
    }

    private enum Colour { RED }
}
