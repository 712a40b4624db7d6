package dev.keel.application.work.document;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.document.DocumentId;
import dev.keel.domain.work.document.DocumentNotFoundException;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.document.DocumentView;
import dev.keel.domain.work.project.ProjectPermission;

/** The document as the caller sees it, refused (403) when their role lacks the permission, 404 when not visible. */
final class DocumentAccess {

    private DocumentAccess() {
    }

    static DocumentView require(DocumentRepository documents, DocumentId id, Actor actor, boolean includeDeleted,
                                ProjectPermission permission) {
        DocumentView view = documents.findVisibleTo(id, actor.userId(), includeDeleted)
                .orElseThrow(() -> new DocumentNotFoundException(id));
        view.membership().require(permission);
        return view;
    }
}
