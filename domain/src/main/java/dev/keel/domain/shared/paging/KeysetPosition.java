package dev.keel.domain.shared.paging;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a keyset walk stands: the sort key of the last row seen (in its canonical text form) and that
 * row's id, which breaks ties between equal sort keys.
 */
public record KeysetPosition(String sortKey, UUID id) {

    public KeysetPosition {
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(id, "id");
    }
}
