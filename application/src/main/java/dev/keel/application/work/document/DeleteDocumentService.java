package dev.keel.application.work.document;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.document.Document;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.project.ProjectPermission;
import jakarta.inject.Singleton;

/**
 * MEMBER and above soft-delete a document; removing one for good is ADMIN's or OWNER's, also of a deleted document. A
 * second soft delete is a 404, as for any deleted resource.
 */
@Singleton
public final class DeleteDocumentService implements DeleteDocumentUseCase {

    private final DocumentRepository documents;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public DeleteDocumentService(DocumentRepository documents, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.documents = documents;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteDocumentCommand command) {
        unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            Document document = DocumentAccess.require(documents, command.id(), command.actor(), command.permanent(),
                    command.permanent() ? ProjectPermission.MANAGE_BOARD : ProjectPermission.CHANGE_TASKS).document();
            Versioned.requireExpected("document", document.id(), command.expectedVersion(), document.version());
            if (command.permanent()) {
                documents.remove(document);
            } else {
                document.softDelete(clock.now());
                documents.update(document);
            }
            return null;
        });
    }
}
