package dev.keel.domain.shared.paging;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 20, 99, 100})
    void pageSizeFrom1To100IsAccepted(int size) {
        assertThat(new PageRequest.Keyset(size, Optional.empty()).limit()).isEqualTo(size);
        assertThat(new PageRequest.Offset(1, size).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, 1000})
    void keysetLimitOutside1To100IsRejected(int limit) {
        assertThatThrownBy(() -> new PageRequest.Keyset(limit, Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("limit", "must be between 1 and 100")));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 101})
    void offsetSizeOutside1To100IsRejected(int size) {
        assertThatThrownBy(() -> new PageRequest.Offset(1, size))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("size", "must be between 1 and 100")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void pageNumbersStartAtOne(int page) {
        assertThatThrownBy(() -> new PageRequest.Offset(page, 20))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("page", "must be 1 or greater")));
    }

    @Test
    void aBadPageAndABadSizeAreReportedTogether() {
        assertThatThrownBy(() -> new PageRequest.Offset(0, 500))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("page", "must be 1 or greater"),
                        new FieldViolation("size", "must be between 1 and 100")));
    }

    @Test
    void offsetSkipsThePrecedingPages() {
        assertThat(new PageRequest.Offset(1, 20).offset()).isZero();
        assertThat(new PageRequest.Offset(3, 20).offset()).isEqualTo(40);
        assertThat(new PageRequest.Offset(Integer.MAX_VALUE, 100).offset())
                .as("no int overflow").isEqualTo((Integer.MAX_VALUE - 1L) * 100L);
    }

    @Test
    void defaultSizeLiesWithinTheBounds() {
        assertThat(PageRequest.DEFAULT_SIZE).isBetween(PageRequest.MIN_SIZE, PageRequest.MAX_SIZE);
        assertThat(new PageRequest.Keyset(PageRequest.DEFAULT_SIZE, Optional.empty()).limit()).isEqualTo(20);
    }

    @Test
    void keysetPositionNeedsKeysAndId() {
        assertThatThrownBy(() -> new KeysetPosition(null, UUID.randomUUID())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> KeysetPosition.of(null, new SortValue.Text("k"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> KeysetPosition.of(UUID.randomUUID(), (SortValue) null))
                .as("a missing value is SortValue.NULL, not null").isInstanceOf(NullPointerException.class);
    }

    @Test
    void keysetPositionKeepsItsKeysInOrderAndUnchangeable() {
        List<SortValue> keys = new ArrayList<>(List.of(new SortValue.Text("b"), SortValue.NULL));
        KeysetPosition position = new KeysetPosition(keys, UUID.randomUUID());

        keys.add(new SortValue.Integer(1));

        assertThat(position.keys()).containsExactly(new SortValue.Text("b"), SortValue.NULL);
        assertThatThrownBy(() -> position.keys().add(SortValue.NULL)).isInstanceOf(UnsupportedOperationException.class);
    }
}
