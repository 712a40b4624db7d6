package dev.keel.adapter.web.work.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "SearchHit", requiredProperties = {"type", "id", "projectId", "title", "snippet", "rank"})
public record SearchHitResponse(
        @Schema(allowableValues = {"task", "comment", "document"}) String type,
        @Schema(format = "uuid") String id,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(format = "uuid", nullable = true, description = "Only on comments: the task commented on") @Nullable String taskId,
        @Schema(format = "uuid") String projectId,
        @Schema(description = "The task's or document's title; for a comment, its task's") String title,
        @Schema(description = "An excerpt with the matches in <mark>…</mark>; every other character of the text is HTML-escaped")
        String snippet,
        @Schema(description = "Relevance: higher is better") BigDecimal rank) {
}
