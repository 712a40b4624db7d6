package dev.keel.adapter.web.identity.user;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Set;

/**
 * The body of PATCH /users/{id} (JSON Merge Patch), for the OpenAPI document and the field whitelist: absent
 * fields stay as they are. Every field of a user is required, so an explicit null is refused; unknown
 * fields are refused too.
 */
@Serdeable
@Schema(name = "UserPatch", description = "JSON Merge Patch (RFC 7396) of a user: only the fields to change")
public record UserPatchRequest(
        @Schema(format = "email", maxLength = 254) String email,
        @Schema(minLength = 1, maxLength = 100) String name,
        @Schema(allowableValues = {"MEMBER", "ADMIN"}) String role,
        @Schema(allowableValues = {"ACTIVE", "SUSPENDED"}) String status,
        @Schema(minLength = 8, maxLength = 128, format = "password") String password) {

    static final Set<String> FIELDS = Set.of("email", "name", "role", "status", "password");
}
