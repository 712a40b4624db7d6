package dev.keel.domain.work.document;

import dev.keel.domain.shared.NotFoundException;

/** Unknown, deleted, or in a project the caller cannot see. */
public final class DocumentNotFoundException extends NotFoundException {

    public DocumentNotFoundException(DocumentId id) {
        super("document", id);
    }
}
