package dev.keel.adapter.web.work.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.keel.adapter.web.work.task.PersonResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ActivityEntry", requiredProperties = {"id", "projectId", "actor", "entityType", "entityId", "action", "changes", "at"})
public record ActivityResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String projectId,
        @Schema(nullable = true, description = "null when unknown, or once that user was removed for good") @Nullable PersonResponse actor,
        @Schema(allowableValues = {"project", "member", "column", "task", "comment", "document"},
                description = "Label assignments are entries of their task") String entityType,
        @Schema(format = "uuid", description = "For a member, the user's id") String entityId,
        @Schema(allowableValues = {"created", "updated", "moved", "deleted", "restored", "removed", "labelAdded", "labelRemoved"},
                description = "deleted: soft; removed: for good (a member leaving, a permanent delete)") String action,
        @Schema(type = "object", description = "Per changed field {\"from\": …, \"to\": …}; texts that are long or private (task descriptions, comment and document bodies, document metadata) only {\"changed\": true}")
        Map<String, Object> changes,
        @Schema(format = "date-time") String at) {
}
