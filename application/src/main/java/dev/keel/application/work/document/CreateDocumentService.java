package dev.keel.application.work.document;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.document.Document;
import dev.keel.domain.work.document.DocumentId;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.document.DocumentView;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

/** MEMBER and above write documents into a live project. */
@Singleton
public final class CreateDocumentService implements CreateDocumentUseCase {

    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public CreateDocumentService(ProjectRepository projects, DocumentRepository documents, UnitOfWork unitOfWork, ActivityAttribution activity,
                                 Clock clock, IdGenerator ids) {
        this.projects = projects;
        this.documents = documents;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public DocumentView create(CreateDocumentCommand command) {
        DocumentId id = new DocumentId(ids.newId());
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()))
                    .membership().require(ProjectPermission.CHANGE_TASKS);
            documents.add(Document.create(id, command.projectId(), command.actor().userId(), command.title(),
                    command.body(), command.metadata(), clock.now()));
            return documents.findVisibleTo(id, command.actor().userId(), false).orElseThrow();
        });
    }
}
