package dev.keel.adapter.web.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "TransferBatchResult", requiredProperties = {"results"})
public record BatchResponse(@Schema(description = "One per transfer, in the order given") List<Item> results) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TransferBatchItem", requiredProperties = {"index", "id", "status"})
    public record Item(int index, @Schema(format = "uuid") String id,
                       @Schema(allowableValues = {"created", "replayed", "refused"}) String status,
                       @Schema(nullable = true) @Nullable TransferResponse transfer,
                       @Schema(nullable = true, description = "Why it was refused") @Nullable Refusal problem) {
    }

    @Serdeable
    @Schema(name = "TransferRefusal", requiredProperties = {"type", "title", "status", "detail"})
    public record Refusal(String type, String title, int status, String detail) {
    }
}
