package dev.keel.adapter.web.work.task;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "TaskLabel", requiredProperties = {"id", "name", "color"})
public record TaskLabelResponse(@Schema(format = "uuid") String id, String name, @Schema(example = "#1f8a70") String color) {
}
