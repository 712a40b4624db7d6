package dev.keel.adapter.web.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem document, as every error response of the API carries it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record ProblemDetail(
        @Schema(description = "Identifies the kind of problem", example = "urn:keel:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The request path; absent when the request line could not be read",
                example = "/api/v1/users") @Nullable String instance,
        @Schema(description = "The X-Request-Id of the request, for support") @Nullable String requestId,
        @Schema(description = "The rejected fields (validation problems only)") @Nullable List<FieldError> errors) {

    @Serdeable
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "email") String field,
                             @Schema(example = "must be a valid e-mail address") String message) {
    }
}
