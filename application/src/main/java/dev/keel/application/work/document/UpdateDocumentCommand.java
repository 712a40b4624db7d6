package dev.keel.application.work.document;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Change;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.document.DocumentBody;
import dev.keel.domain.work.document.DocumentId;
import dev.keel.domain.work.document.DocumentTitle;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A merge patch of a document: an empty field stays as it is; {@code metadataPatch} is itself merged into the
 * metadata (RFC 7396, recursively: a null removes that key only).
 */
public record UpdateDocumentCommand(Actor actor, DocumentId id, Optional<Long> expectedVersion,
                                    Optional<DocumentTitle> title, Change<DocumentBody> body,
                                    Optional<Map<String, Object>> metadataPatch) {

    public UpdateDocumentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(metadataPatch, "metadataPatch");
    }

    /** Validates raw input (null meaning "leave as it is"), reporting every bad field at once. */
    public static UpdateDocumentCommand of(Actor actor, DocumentId id, Long expectedVersion, String title, String body,
                                           boolean clearBody, Map<String, Object> metadataPatch) {
        var violations = new Violations();
        DocumentTitle validTitle = violations.checkIfPresent(title, DocumentTitle::new);
        DocumentBody validBody = violations.checkIfPresent(body, DocumentBody::new);
        violations.throwIfAny();
        return new UpdateDocumentCommand(actor, id, Optional.ofNullable(expectedVersion), Optional.ofNullable(validTitle),
                Change.of(validBody, clearBody), Optional.ofNullable(metadataPatch));
    }
}
