package dev.keel.domain.shared.paging;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a caller wants a list cut: by keyset (the default) or by page number. */
public sealed interface PageRequest {

    int MIN_SIZE = 1;
    int MAX_SIZE = 100;
    int DEFAULT_SIZE = 20;

    /** Up to {@code limit} rows after {@code after} (from the start when empty). */
    record Keyset(int limit, Optional<KeysetPosition> after) implements PageRequest {
        public Keyset {
            sizeFault("limit", limit).ifPresent(fault -> {
                throw new ValidationException(List.of(fault));
            });
        }
    }

    /** Page {@code page} (1-based) of {@code size} rows. */
    record Offset(int page, int size) implements PageRequest {
        /** Both faults at once when both are out of range. */
        public Offset {
            List<FieldViolation> faults = new ArrayList<>(2);
            if (page < 1) {
                faults.add(new FieldViolation("page", "must be 1 or greater"));
            }
            sizeFault("size", size).ifPresent(faults::add);
            if (!faults.isEmpty()) {
                throw new ValidationException(faults);
            }
        }

        public long offset() {
            return (long) (page - 1) * size;
        }
    }

    private static Optional<FieldViolation> sizeFault(String field, int size) {
        return size < MIN_SIZE || size > MAX_SIZE
                ? Optional.of(new FieldViolation(field, "must be between " + MIN_SIZE + " and " + MAX_SIZE))
                : Optional.empty();
    }
}
