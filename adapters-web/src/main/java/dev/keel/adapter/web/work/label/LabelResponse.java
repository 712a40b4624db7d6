package dev.keel.adapter.web.work.label;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Label", requiredProperties = {"id", "projectId", "name", "color", "createdAt", "updatedAt", "version"})
public record LabelResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String projectId,
        String name,
        @Schema(example = "#1f8a70") String color,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time") String updatedAt,
        @Schema(description = "Optimistic-locking version; also sent as the ETag") long version) {
}
