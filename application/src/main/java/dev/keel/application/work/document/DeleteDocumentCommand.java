package dev.keel.application.work.document;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.document.DocumentId;

import java.util.Objects;
import java.util.Optional;

/** Soft delete, or with {@code permanent} removal of the document (also of a deleted one). */
public record DeleteDocumentCommand(Actor actor, DocumentId id, boolean permanent, Optional<Long> expectedVersion) {

    public DeleteDocumentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
