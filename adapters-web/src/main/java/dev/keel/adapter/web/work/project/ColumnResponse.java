package dev.keel.adapter.web.work.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Column", requiredProperties = {"id", "projectId", "name", "position", "isDone", "wipLimit", "createdAt", "updatedAt", "version"})
public record ColumnResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String projectId,
        String name,
        int position,
        boolean isDone,
        @Schema(nullable = true) @Nullable Integer wipLimit,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time") String updatedAt,
        @Schema(description = "Optimistic-locking version; also sent as the ETag") long version) {
}
