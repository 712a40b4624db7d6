package dev.keel.domain.shared.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One cut of a list, shaped by the {@link PageRequest} that asked for it. */
public sealed interface Page<T> {

    List<T> items();

    <R> Page<R> map(Function<T, R> mapper);

    /** A keyset slice; {@code next} is where the following slice starts, empty on the last one. */
    record Keyset<T>(List<T> items, Optional<KeysetPosition> next) implements Page<T> {
        public Keyset {
            items = List.copyOf(items);
        }

        @Override
        public <R> Keyset<R> map(Function<T, R> mapper) {
            return new Keyset<>(items.stream().map(mapper).toList(), next);
        }
    }

    /** A numbered page with the total count it was cut from. */
    record Offset<T>(List<T> items, int page, int size, long totalItems) implements Page<T> {
        public Offset {
            items = List.copyOf(items);
        }

        public long totalPages() {
            return (totalItems + size - 1) / size;
        }

        @Override
        public <R> Offset<R> map(Function<T, R> mapper) {
            return new Offset<>(items.stream().map(mapper).toList(), page, size, totalItems);
        }
    }
}
