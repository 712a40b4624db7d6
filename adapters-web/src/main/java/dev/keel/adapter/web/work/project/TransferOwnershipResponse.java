package dev.keel.adapter.web.work.project;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The project under its new owner, and whether the new owner's notification was written. */
@Serdeable
@Schema(name = "OwnershipTransferred", description = "The Project's fields, and notified")
public record TransferOwnershipResponse(
        @JsonUnwrapped @Schema(implementation = ProjectResponse.class) ProjectResponse project,
        @Schema(description = "false when writing the new owner's notification failed; the transfer stands all the same") boolean notified) {
}
