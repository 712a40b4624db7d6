package dev.keel.adapter.web.identity.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Session", requiredProperties = {"id", "createdAt", "lastUsedAt"})
public record SessionResponse(String id, String createdAt, String lastUsedAt,
                              @Schema(nullable = true) String userAgent) {
}
