package dev.keel.application.testing;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortValue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset and offset paging of in-memory fakes, ordered exactly as the PostgreSQL adapters order: text by
 * code point (their {@code COLLATE "C"}), UUIDs by unsigned bytes, nulls last in both directions, and the id
 * as the final tie-breaker in the direction of the last key.
 *
 * @param <T> the listed items
 */
public final class InMemoryListing<T> {

    /** One sort key: the value it reads off an item, and its direction. */
    public record Key<T>(Function<T, SortValue> value, SortDirection direction) {
    }

    private final List<Key<T>> keys;
    private final Function<T, UUID> id;
    private final SortDirection idDirection;

    public InMemoryListing(List<Key<T>> keys, Function<T, UUID> id) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a listing needs at least one sort key");
        }
        this.keys = List.copyOf(keys);
        this.id = id;
        this.idDirection = keys.getLast().direction();
    }

    /** The items in list order. */
    public List<T> sorted(Collection<T> items) {
        return items.stream().sorted(Comparator.comparing(this::positionOf, this::compare)).toList();
    }

    /** The page of {@code matching} that {@code request} asks for. */
    public Page<T> page(Collection<T> matching, PageRequest request) {
        List<T> sorted = sorted(matching);
        return switch (request) {
            case PageRequest.Offset offset -> {
                int from = (int) Math.min(offset.offset(), sorted.size());
                int to = Math.min(from + offset.size(), sorted.size());
                yield new Page.Offset<>(sorted.subList(from, to), offset.page(), offset.size(), sorted.size());
            }
            case PageRequest.Keyset keyset -> {
                List<T> after = keyset.after()
                        .map(position -> sorted.stream().filter(item -> compare(positionOf(item), position) > 0).toList())
                        .orElse(sorted);
                List<T> slice = after.subList(0, Math.min(keyset.limit(), after.size()));
                Optional<KeysetPosition> next = after.size() > slice.size()
                        ? Optional.of(positionOf(slice.getLast()))
                        : Optional.empty();
                yield new Page.Keyset<>(slice, next);
            }
        };
    }

    /** The position of {@code item}: its key values and its id. */
    public KeysetPosition positionOf(T item) {
        return new KeysetPosition(keys.stream().map(key -> key.value().apply(item)).toList(), id.apply(item));
    }

    private int compare(KeysetPosition a, KeysetPosition b) {
        if (a.keys().size() != keys.size() || b.keys().size() != keys.size()) {
            throw new IllegalArgumentException("keyset position does not match the sort keys");
        }
        for (int i = 0; i < keys.size(); i++) {
            int c = compare(a.keys().get(i), b.keys().get(i), keys.get(i).direction());
            if (c != 0) {
                return c;
            }
        }
        int c = compareUnsigned(a.id(), b.id());
        return idDirection == SortDirection.ASC ? c : -c;
    }

    /** NULLS LAST whatever the direction; otherwise the natural order of the kind, reversed for DESC. */
    private static int compare(SortValue a, SortValue b, SortDirection direction) {
        boolean aNull = a.kind() == SortValue.Kind.NULL;
        boolean bNull = b.kind() == SortValue.Kind.NULL;
        if (aNull || bNull) {
            return Boolean.compare(aNull, bNull);
        }
        int c = naturalOrder(a, b);
        return direction == SortDirection.ASC ? c : -c;
    }

    private static int naturalOrder(SortValue a, SortValue b) {
        return switch (a) {
            case SortValue.Text text -> compareCodePoints(text.value(), ((SortValue.Text) b).value());
            case SortValue.Timestamp timestamp -> timestamp.value().compareTo(((SortValue.Timestamp) b).value());
            case SortValue.Date date -> date.value().compareTo(((SortValue.Date) b).value());
            case SortValue.Integer integer -> Long.compare(integer.value(), ((SortValue.Integer) b).value());
            case SortValue.Decimal decimal -> decimal.value().compareTo(((SortValue.Decimal) b).value());
            case SortValue.Uuid uuid -> compareUnsigned(uuid.value(), ((SortValue.Uuid) b).value());
            case SortValue.Null ignored -> 0;
        };
    }

    /** Unicode code point order, which is the byte order of UTF-8 and so PostgreSQL's {@code COLLATE "C"}. */
    static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** PostgreSQL's uuid order: the 16 bytes unsigned. {@link UUID#compareTo} compares signed halves instead. */
    static int compareUnsigned(UUID a, UUID b) {
        int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
