package dev.keel.adapter.web.identity.user;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /users. */
@Schema(name = "CreateUserRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"email", "name", "password"})
public record CreateUserRequest(
        @Schema(format = "email", maxLength = 254, description = "Unique among live users, case-insensitively")
        String email,
        @Schema(minLength = 1, maxLength = 100, description = "Trimmed") String name,
        @Schema(minLength = 8, maxLength = 128, format = "password", description = "Never returned") String password,
        @Schema(allowableValues = {"MEMBER", "ADMIN"}, defaultValue = "MEMBER", nullable = true) @Nullable String role) {
}
