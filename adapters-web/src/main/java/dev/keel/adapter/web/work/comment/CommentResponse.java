package dev.keel.adapter.web.work.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Comment", requiredProperties = {"id", "taskId", "author", "body", "createdAt", "editedAt", "version"})
public record CommentResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String taskId,
        @Schema(nullable = true, description = "null once the author was removed for good") @Nullable Author author,
        String body,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time", nullable = true, description = "When the text last changed; null if never") @Nullable String editedAt,
        @Schema(description = "Optimistic-locking version; also sent as the ETag") long version) {

    @Serdeable
    @Schema(name = "CommentAuthor")
    public record Author(@Schema(format = "uuid") String id, String name) {
    }
}
