package dev.keel.application.work.document;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.document.DocumentView;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

/** Any member lists a project's documents: the project check, then one statement per slice (two per offset page). */
@Singleton
public final class FindDocumentsService implements FindDocumentsUseCase {

    private final ProjectRepository projects;
    private final DocumentRepository documents;
    private final UnitOfWork unitOfWork;

    public FindDocumentsService(ProjectRepository projects, DocumentRepository documents, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.documents = documents;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<DocumentView> find(FindDocumentsQuery query) {
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> {
            projects.findLiveVisibleTo(query.projectId(), query.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(query.projectId()))
                    .membership().require(ProjectPermission.READ);
            return documents.find(query.projectId(), query.actor().userId(), query.filter(), query.sort(), query.page());
        });
    }
}
