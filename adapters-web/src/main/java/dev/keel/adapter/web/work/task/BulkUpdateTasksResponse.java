package dev.keel.adapter.web.work.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "BulkUpdateTasksResult", requiredProperties = {"results"})
public record BulkUpdateTasksResponse(@Schema(description = "One per id, in the order given") List<Item> results) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkUpdateTasksItem", requiredProperties = {"id", "status"})
    public record Item(@Schema(format = "uuid") String id,
                       @Schema(allowableValues = {"updated", "notFound", "refused"}) String status,
                       @Schema(nullable = true, description = "Why a task was refused") @Nullable String reason) {
    }
}
