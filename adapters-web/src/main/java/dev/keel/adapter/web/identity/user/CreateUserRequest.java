package dev.keel.adapter.web.identity.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Set;

/** The body of POST /users; unknown fields are refused. */
@Serdeable
@Schema(name = "CreateUserRequest", requiredProperties = {"email", "name", "password"})
public record CreateUserRequest(
        @Schema(format = "email", maxLength = 254, description = "Unique among live users, case-insensitively")
        String email,
        @Schema(minLength = 1, maxLength = 100, description = "Trimmed") String name,
        @Schema(minLength = 8, maxLength = 128, format = "password", description = "Never returned") String password,
        @Schema(allowableValues = {"MEMBER", "ADMIN"}, defaultValue = "MEMBER", nullable = true) @Nullable String role) {

    static final Set<String> FIELDS = Set.of("email", "name", "password", "role");
}
