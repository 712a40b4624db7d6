package dev.keel.adapter.web.identity.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "User", requiredProperties = {"id", "email", "name", "role", "status", "createdAt", "updatedAt",
        "version"})
public record UserResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "email", example = "ada@example.com") String email,
        @Schema(example = "Ada Lovelace") String name,
        @Schema(allowableValues = {"MEMBER", "ADMIN"}) String role,
        @Schema(allowableValues = {"ACTIVE", "SUSPENDED"}) String status,
        @Schema(format = "date-time", example = "2026-11-21T10:15:30.123456Z") String createdAt,
        @Schema(format = "date-time", example = "2026-11-21T10:15:30.123456Z") String updatedAt,
        @Schema(description = "Optimistic-locking version; also sent as the ETag") long version,
        @Schema(format = "date-time", nullable = true, description = "Only on soft-deleted users") @Nullable String deletedAt) {
}
