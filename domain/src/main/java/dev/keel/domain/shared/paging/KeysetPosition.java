package dev.keel.domain.shared.paging;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a keyset walk stands: the sort-key values of the last row seen, one per key of the sort in its
 * order (a missing value is {@link SortValue#NULL}), and that row's id, which breaks ties between rows
 * whose keys are all equal.
 */
public record KeysetPosition(List<SortValue> keys, UUID id) {

    public KeysetPosition {
        keys = List.copyOf(keys);
        Objects.requireNonNull(id, "id");
    }

    public static KeysetPosition of(UUID id, SortValue... keys) {
        return new KeysetPosition(Arrays.asList(keys), id);
    }
}
