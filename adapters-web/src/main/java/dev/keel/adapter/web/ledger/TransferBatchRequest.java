package dev.keel.adapter.web.ledger;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The body of POST /ledger/transfers/batch. */
@Schema(name = "TransferBatchRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"atomic", "transfers"})
public record TransferBatchRequest(
        @Schema(description = "true: all or none; false: each on its own") boolean atomic,
        @ArraySchema(minItems = 1, maxItems = 1000) List<TransferBody> transfers) {
}
