package dev.keel.application.work.document;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.document.DocumentNotFoundException;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.document.DocumentView;
import jakarta.inject.Singleton;

/** Any member reads a live document: one statement. */
@Singleton
public final class FindDocumentService implements FindDocumentUseCase {

    private final DocumentRepository documents;
    private final UnitOfWork unitOfWork;

    public FindDocumentService(DocumentRepository documents, UnitOfWork unitOfWork) {
        this.documents = documents;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public DocumentView find(FindDocumentQuery query) {
        return unitOfWork.read(() -> documents.findVisibleTo(query.id(), query.actor().userId(), false))
                .orElseThrow(() -> new DocumentNotFoundException(query.id()));
    }
}
