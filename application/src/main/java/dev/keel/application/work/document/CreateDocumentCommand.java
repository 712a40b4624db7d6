package dev.keel.application.work.document;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.document.DocumentBody;
import dev.keel.domain.work.document.DocumentMetadata;
import dev.keel.domain.work.document.DocumentTitle;
import dev.keel.domain.work.project.ProjectId;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public record CreateDocumentCommand(Actor actor, ProjectId projectId, DocumentTitle title, Optional<DocumentBody> body,
                                    DocumentMetadata metadata) {

    public CreateDocumentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** Validates raw input ({@code body} and {@code metadata} may be null), reporting every bad field at once. */
    public static CreateDocumentCommand of(Actor actor, ProjectId projectId, String title, String body,
                                           Map<String, ?> metadata) {
        var violations = new Violations();
        DocumentTitle validTitle = violations.check(() -> new DocumentTitle(title));
        DocumentBody validBody = violations.checkIfPresent(body, DocumentBody::new);
        DocumentMetadata validMetadata = metadata == null ? DocumentMetadata.EMPTY
                : violations.check(() -> DocumentMetadata.of("metadata", metadata));
        violations.throwIfAny();
        return new CreateDocumentCommand(actor, projectId, validTitle, Optional.ofNullable(validBody), validMetadata);
    }
}
