package dev.keel.adapter.web.work.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Project", requiredProperties = {"id", "name", "slug", "description", "ownerId", "openTaskCount",
        "doneTaskCount", "createdAt", "updatedAt", "version"})
public record ProjectResponse(
        @Schema(format = "uuid") String id,
        @Schema(example = "Apollo") String name,
        @Schema(example = "apollo") String slug,
        @Schema(nullable = true, description = "null when there is none") @Nullable String description,
        @Schema(format = "uuid") String ownerId,
        @Schema(description = "Tasks not in a done column") long openTaskCount,
        @Schema(description = "Tasks in a done column") long doneTaskCount,
        @Schema(format = "date-time", example = "2026-11-21T10:15:30.123456Z") String createdAt,
        @Schema(format = "date-time", example = "2026-11-21T10:15:30.123456Z") String updatedAt,
        @Schema(description = "Optimistic-locking version; also sent as the ETag") long version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(format = "date-time", nullable = true, description = "Only on soft-deleted projects") @Nullable String deletedAt) {
}
