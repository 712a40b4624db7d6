package dev.keel.adapter.web.work.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.keel.adapter.web.work.task.PersonResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Document", requiredProperties = {"id", "projectId", "title", "body", "metadata", "createdBy", "createdAt",
        "updatedAt", "version"})
public record DocumentResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String projectId,
        String title,
        @Schema(nullable = true) @Nullable String body,
        @Schema(type = "object", description = "The document's JSON metadata, as stored") Map<String, Object> metadata,
        @Schema(nullable = true, description = "null once that user was removed for good") @Nullable PersonResponse createdBy,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time") String updatedAt,
        @Schema(description = "Optimistic-locking version; also sent as the ETag") long version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(format = "date-time", nullable = true, description = "Only on soft-deleted documents") @Nullable String deletedAt) {
}
