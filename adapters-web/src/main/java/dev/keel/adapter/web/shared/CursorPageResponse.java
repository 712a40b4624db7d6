package dev.keel.adapter.web.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A keyset slice of a list; {@code nextCursor} is null on the last slice. */
@Serdeable
// Serde leaves out empty values by default: an empty page must still say "items": [].
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "CursorPage")
public record CursorPageResponse<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable
        @Schema(description = "Pass as ?cursor= for the next slice; null on the last one", nullable = true)
        String nextCursor) {
}
