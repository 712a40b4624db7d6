package dev.keel.adapter.web.shared.query;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The paging parameters every list takes, as a {@code @RequestBean}: cursor paging ({@code limit}, {@code cursor})
 * by default, offset paging when {@code page} or {@code size} is given. {@link ListRequests} checks them.
 */
@Introspected
public record Paging(
        @Nullable @QueryValue
        @Schema(description = "Cursor paging: items per slice", minimum = "1", maximum = "100", defaultValue = "20")
        Integer limit,
        @Nullable @QueryValue @Schema(description = "Cursor paging: nextCursor of the previous slice")
        String cursor,
        @Nullable @QueryValue @Schema(description = "Offset paging: page number from 1", minimum = "1")
        Integer page,
        @Nullable @QueryValue
        @Schema(description = "Offset paging: items per page", minimum = "1", maximum = "100", defaultValue = "20")
        Integer size) {

    boolean isOffset() {
        return page != null || size != null;
    }
}
