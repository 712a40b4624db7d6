package dev.keel.adapter.web.work.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Notification", requiredProperties = {"id", "kind", "projectId", "message", "createdAt"})
public record NotificationResponse(
        @Schema(format = "uuid") String id,
        @Schema(allowableValues = {"PROJECT_OWNERSHIP_TRANSFERRED"}) String kind,
        @Schema(format = "uuid", nullable = true) @Nullable String projectId,
        String message,
        @Schema(format = "date-time") String createdAt) {
}
