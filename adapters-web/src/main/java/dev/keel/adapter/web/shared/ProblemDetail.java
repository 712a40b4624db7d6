package dev.keel.adapter.web.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document, as every error response of the API carries it. Its schema ({@code Problem})
 * is declared with the shared problem responses in {@code openapi/problems.yml}; a test keeps the two equal.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, @Nullable String instance,
                            @Nullable String requestId, @Nullable List<FieldError> errors) {

    @Serdeable
    public record FieldError(String field, String message) {
    }
}
