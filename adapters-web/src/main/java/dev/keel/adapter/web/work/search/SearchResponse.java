package dev.keel.adapter.web.work.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SearchResults", requiredProperties = {"items", "nextCursor", "suggestions"})
public record SearchResponse(
        @Schema(description = "Best first") List<SearchHitResponse> items,
        @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one") @Nullable String nextCursor,
        @Schema(description = "When nothing was found: up to 3 task titles that look like the search; empty otherwise")
        List<String> suggestions) {
}
