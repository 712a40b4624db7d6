package dev.keel.adapter.web.ledger;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of POST /ledger/transfers/{id}/post. */
@Schema(name = "PostTransferRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record PostTransferRequest(
        @Schema(nullable = true, description = "At most the pending amount (the rest is released); absent: all of it", minimum = "1")
        @Nullable Long amount) {
}
