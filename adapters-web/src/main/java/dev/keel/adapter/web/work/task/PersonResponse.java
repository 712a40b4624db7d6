package dev.keel.adapter.web.work.task;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "PersonRef", requiredProperties = {"id", "name"})
public record PersonResponse(@Schema(format = "uuid") String id, String name) {
}
