package dev.keel.adapter.web.work.project;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of PUT /projects/{id}/members/{userId}. */
@Schema(name = "PutMemberRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"role"})
public record PutMemberRequest(
        @Schema(allowableValues = {"ADMIN", "MEMBER", "VIEWER"}, description = "OWNER is refused (422): ownership moves by a transfer")
        String role) {
}
