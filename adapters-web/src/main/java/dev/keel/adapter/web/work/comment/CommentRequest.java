package dev.keel.adapter.web.work.comment;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /tasks/{id}/comments and of PATCH /comments/{id}. */
@Schema(name = "CommentRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"body"})
public record CommentRequest(@Schema(minLength = 1, maxLength = 10000) String body) {
}
