package dev.keel.application.work.document;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.document.Document;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.document.DocumentView;
import dev.keel.domain.work.project.ProjectPermission;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * MEMBER and above change a live document; the metadata patch is merged into the stored metadata, and the result must
 * still fit the metadata limits. An unchanged document is not written (its version stays).
 */
@Singleton
public final class UpdateDocumentService implements UpdateDocumentUseCase {

    private final DocumentRepository documents;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public UpdateDocumentService(DocumentRepository documents, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.documents = documents;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public DocumentView update(UpdateDocumentCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            DocumentView view = DocumentAccess.require(documents, command.id(), command.actor(), false,
                    ProjectPermission.CHANGE_TASKS);
            Document document = view.document();
            Versioned.requireExpected("document", document.id(), command.expectedVersion(), document.version());
            Instant now = clock.now();
            command.title().ifPresent(title -> document.retitle(title, now));
            if (command.body().present()) {
                document.rewrite(command.body().value(), now);
            }
            command.metadataPatch().ifPresent(patch -> document.describeWith(document.metadata().merge("metadata", patch), now));
            if (!document.hasChanges()) {
                return view;
            }
            documents.update(document);
            return documents.findVisibleTo(document.id(), command.actor().userId(), false).orElseThrow();
        });
    }
}
