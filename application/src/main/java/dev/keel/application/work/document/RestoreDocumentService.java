package dev.keel.application.work.document;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.document.Document;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.document.DocumentView;
import dev.keel.domain.work.project.ProjectPermission;
import jakarta.inject.Singleton;

/** MEMBER and above bring a deleted document back; a live one is returned unchanged. */
@Singleton
public final class RestoreDocumentService implements RestoreDocumentUseCase {

    private final DocumentRepository documents;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public RestoreDocumentService(DocumentRepository documents, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.documents = documents;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public DocumentView restore(RestoreDocumentCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            DocumentView view = DocumentAccess.require(documents, command.id(), command.actor(), true,
                    ProjectPermission.CHANGE_TASKS);
            Document document = view.document();
            if (!document.isDeleted()) {
                return view;
            }
            document.restore(clock.now());
            documents.update(document);
            return documents.findVisibleTo(document.id(), command.actor().userId(), false).orElseThrow();
        });
    }
}
