package dev.keel.domain.identity.user;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The whitelist of fields a user list may be sorted by, with the key each one reads off a user. */
public enum UserSortField {
    CREATED_AT("createdAt", user -> user.createdAt().toString()),
    NAME("name", user -> user.name().value()),
    EMAIL("email", user -> user.email().value());

    private final String apiName;
    private final Function<User, String> keyOf;

    UserSortField(String apiName, Function<User, String> keyOf) {
        this.apiName = apiName;
        this.keyOf = keyOf;
    }

    public String apiName() {
        return apiName;
    }

    /** The sort key of {@code user} in the canonical text form that keyset positions carry. */
    public String keyOf(User user) {
        return keyOf.apply(user);
    }

    public static Optional<UserSortField> fromApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }
}
