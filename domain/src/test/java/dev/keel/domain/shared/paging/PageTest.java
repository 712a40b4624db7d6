package dev.keel.domain.shared.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @ParameterizedTest
    @CsvSource({
            "0, 20, 0",
            "1, 20, 1",
            "19, 20, 1",
            "20, 20, 1",
            "21, 20, 2",
            "40, 20, 2",
            "41, 20, 3",
            "100, 1, 100",
            "5, 100, 1"})
    void offsetPageTotalPagesRoundsUp(long totalItems, int size, long expectedPages) {
        assertThat(new Page.Offset<>(List.of(), 1, size, totalItems).totalPages()).isEqualTo(expectedPages);
    }

    @Test
    void pageItemsAreACopyThatCannotBeChanged() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        Page.Offset<String> offset = new Page.Offset<>(source, 1, 2, 2);
        Page.Keyset<String> keyset = new Page.Keyset<>(source, Optional.empty());

        source.add("c");

        assertThat(offset.items()).containsExactly("a", "b");
        assertThat(keyset.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> offset.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> keyset.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mappingAnOffsetPageKeepsItsNumbers() {
        Page.Offset<Integer> mapped = new Page.Offset<>(List.of("a", "bbb"), 2, 10, 12).map(String::length);

        assertThat(mapped.items()).containsExactly(1, 3);
        assertThat(mapped.page()).isEqualTo(2);
        assertThat(mapped.size()).isEqualTo(10);
        assertThat(mapped.totalItems()).isEqualTo(12);
        assertThat(mapped.totalPages()).isEqualTo(2);
    }

    @Test
    void mappingAKeysetPageKeepsItsNextPosition() {
        KeysetPosition next = KeysetPosition.of(UUID.fromString("00000000-0000-7000-8000-000000000002"),
                new SortValue.Text("bbb"));

        Page.Keyset<Integer> mapped = new Page.Keyset<>(List.of("a", "bbb"), Optional.of(next)).map(String::length);

        assertThat(mapped.items()).containsExactly(1, 3);
        assertThat(mapped.next()).contains(next);
    }
}
