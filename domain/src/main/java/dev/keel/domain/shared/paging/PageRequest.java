package dev.keel.domain.shared.paging;

import dev.keel.domain.shared.ValidationException;

import java.util.Optional;

/** How a caller wants a list cut: by keyset (the default) or by page number. */
public sealed interface PageRequest {

    int MIN_SIZE = 1;
    int MAX_SIZE = 100;
    int DEFAULT_SIZE = 20;

    /** Up to {@code limit} rows after {@code after} (from the start when empty). */
    record Keyset(int limit, Optional<KeysetPosition> after) implements PageRequest {
        public Keyset {
            requireSize("limit", limit);
        }
    }

    /** Page {@code page} (1-based) of {@code size} rows. */
    record Offset(int page, int size) implements PageRequest {
        public Offset {
            if (page < 1) {
                throw ValidationException.of("page", "must be 1 or greater");
            }
            requireSize("size", size);
        }

        public long offset() {
            return (long) (page - 1) * size;
        }
    }

    private static void requireSize(String field, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw ValidationException.of(field, "must be between " + MIN_SIZE + " and " + MAX_SIZE);
        }
    }
}
