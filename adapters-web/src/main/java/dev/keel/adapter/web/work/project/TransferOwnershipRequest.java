package dev.keel.adapter.web.work.project;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** The body of POST /projects/{id}/transfer-ownership. */
@Schema(name = "TransferOwnershipRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"newOwnerId"})
public record TransferOwnershipRequest(@Schema(format = "uuid", description = "A member of the project (422 otherwise)") UUID newOwnerId) {
}
