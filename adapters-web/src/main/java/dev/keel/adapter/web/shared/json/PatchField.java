package dev.keel.adapter.web.shared.json;

import java.util.Optional;

/**
 * One field of a JSON Merge Patch (RFC 7396): absent (leave as it is), {@code null} (clear it) or a value.
 * {@link RequestBinder} refuses {@code null} unless the record component is annotated {@code @Nullable}.
 */
public sealed interface PatchField<T> {

    /** The media type of a JSON Merge Patch body. */
    String MERGE_PATCH_JSON = "application/merge-patch+json";

    static <T> PatchField<T> absent() {
        @SuppressWarnings("unchecked")
        PatchField<T> absent = (PatchField<T>) Absent.INSTANCE;
        return absent;
    }

    static <T> PatchField<T> cleared() {
        @SuppressWarnings("unchecked")
        PatchField<T> cleared = (PatchField<T>) Cleared.INSTANCE;
        return cleared;
    }

    static <T> PatchField<T> of(T value) {
        return new Value<>(value);
    }

    /** The new value of a field that cannot be cleared: empty when absent. */
    default Optional<T> newValue() {
        return this instanceof Value<T>(T value) ? Optional.of(value) : Optional.empty();
    }

    /** The new value; null when the field is absent or cleared. */
    default T valueOrNull() {
        return newValue().orElse(null);
    }

    /** Whether the patch sets the field to null (clears it). */
    default boolean isCleared() {
        return this instanceof Cleared;
    }

    default boolean isAbsent() {
        return this instanceof Absent;
    }

    @SuppressWarnings("rawtypes")
    record Absent<T>() implements PatchField<T> {
        private static final Absent INSTANCE = new Absent();
    }

    @SuppressWarnings("rawtypes")
    record Cleared<T>() implements PatchField<T> {
        private static final Cleared INSTANCE = new Cleared();
    }

    record Value<T>(T value) implements PatchField<T> {
        public Value {
            java.util.Objects.requireNonNull(value, "value");
        }
    }
}
