package dev.keel.adapter.web.work.task;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "Board", requiredProperties = {"projectId", "columns"})
public record BoardResponse(@Schema(format = "uuid") String projectId,
                            @Schema(description = "In position order") List<BoardColumnResponse> columns) {
}
