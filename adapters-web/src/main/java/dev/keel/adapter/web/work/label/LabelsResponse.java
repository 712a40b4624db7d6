package dev.keel.adapter.web.work.label;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ProjectLabels", requiredProperties = {"items"})
public record LabelsResponse(@Schema(description = "By name") List<LabelResponse> items) {
}
