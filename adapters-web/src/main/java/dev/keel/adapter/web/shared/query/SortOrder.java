package dev.keel.adapter.web.shared.query;

import dev.keel.adapter.web.shared.json.Scalars;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A list's sort as {@code ?sort=<field>[,asc|,desc]} names it, read against the list's {@link ListOf}. */
record SortOrder(SortField field, SortDirection direction) {

    static SortOrder parse(ListOf list, @Nullable String raw) {
        SortField[] fields = Arrays.stream(list.sortFields().getEnumConstants()).map(SortField.class::cast)
                .toArray(SortField[]::new);
        if (raw == null) {
            SortField field = named(fields, list.defaultSort());
            return new SortOrder(field, field.defaultDirection());
        }
        String[] parts = raw.split(",", -1);
        SortField field = parts.length > 2 ? null : named(fields, parts[0]);
        if (field == null) {
            throw new Scalars.InvalidValue("must be one of " + Arrays.stream(fields).map(SortField::apiName)
                    .collect(Collectors.joining(", ")) + ", optionally followed by ,asc or ,desc");
        }
        if (parts.length == 1) {
            return new SortOrder(field, field.defaultDirection());
        }
        return switch (parts[1]) {
            case "asc" -> new SortOrder(field, SortDirection.ASC);
            case "desc" -> new SortOrder(field, SortDirection.DESC);
            default -> throw new Scalars.InvalidValue("direction must be asc or desc");
        };
    }

    /** The spelling that identifies the order inside a cursor: {@code createdAt,desc}. */
    String apiForm() {
        return field.apiName() + "," + direction.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable SortField named(SortField[] fields, String apiName) {
        return Arrays.stream(fields).filter(f -> f.apiName().equals(apiName)).findFirst().orElse(null);
    }
}
