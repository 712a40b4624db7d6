package dev.keel.adapter.web.work.document;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/** The body of POST /projects/{id}/documents. */
@Schema(name = "CreateDocumentRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"title"})
public record CreateDocumentRequest(
        @Schema(minLength = 1, maxLength = 200) String title,
        @Schema(maxLength = 100000, nullable = true) @Nullable String body,
        @Schema(type = "object", nullable = true, description = "Any JSON object: at most 65,536 bytes as compact JSON, 10 levels deep")
        @Nullable Map<String, Object> metadata) {
}
