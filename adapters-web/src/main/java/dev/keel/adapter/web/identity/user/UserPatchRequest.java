package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.shared.json.PatchField;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of PATCH /users/{id} (JSON Merge Patch): absent fields stay as they are. Every field of a user is
 * required, so an explicit null is refused.
 */
@Schema(name = "UserPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, description = "JSON Merge Patch (RFC 7396) of a user: only the fields to change")
public record UserPatchRequest(
        @Schema(type = "string", format = "email", maxLength = 254) PatchField<String> email,
        @Schema(type = "string", minLength = 1, maxLength = 100) PatchField<String> name,
        @Schema(type = "string", allowableValues = {"MEMBER", "ADMIN"}) PatchField<String> role,
        @Schema(type = "string", allowableValues = {"ACTIVE", "SUSPENDED"}) PatchField<String> status,
        @Schema(type = "string", minLength = 8, maxLength = 128, format = "password", description = "Your own only; needs currentPassword") PatchField<String> password,
        @Schema(type = "string", format = "password", description = "Required with password: the password it replaces") PatchField<String> currentPassword) {
}
