package dev.keel.adapter.web.work.comment;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "CommentRevisions", requiredProperties = {"items"})
public record RevisionsResponse(@Schema(description = "Oldest first") List<Revision> items) {

    @Serdeable
    @Schema(name = "CommentRevision")
    public record Revision(String body, @Schema(format = "date-time", description = "When an edit replaced this text") String replacedAt) {
    }
}
