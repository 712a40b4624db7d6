package dev.keel.domain.identity.user;

import dev.keel.domain.shared.paging.SortDirection;

import java.util.Objects;

/** A sort order for user lists; ties are always broken by id in the same direction. */
public record UserSort(UserSortField field, SortDirection direction) {

    public static final UserSort DEFAULT = new UserSort(UserSortField.CREATED_AT, SortDirection.DESC);

    public UserSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }

    /** The API spelling, {@code field,direction}, that also identifies the order inside a cursor. */
    public String apiForm() {
        return field.apiName() + "," + direction.name().toLowerCase(java.util.Locale.ROOT);
    }
}
