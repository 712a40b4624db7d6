package dev.keel.adapter.web.work.task;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "CreatedTasks", requiredProperties = {"items"})
public record TasksResponse(@Schema(description = "In the order of the request") List<TaskResponse> items) {
}
