package dev.keel.application.shared;

import dev.keel.domain.shared.ValidationException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses the API spelling of an enum value (its exact constant name), naming the choices when it fails. */
public final class EnumValues {

    private EnumValues() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String raw) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        throw ValidationException.of(field, "must be one of " + choices(type));
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
