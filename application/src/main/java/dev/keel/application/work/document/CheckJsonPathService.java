package dev.keel.application.work.document;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.document.DocumentRepository;
import jakarta.inject.Singleton;

/** Asks the store to read a SQL/JSON path, in a read-only unit of work of one statement that touches no table. */
@Singleton
public final class CheckJsonPathService implements CheckJsonPathUseCase {

    private final DocumentRepository documents;
    private final UnitOfWork unitOfWork;

    public CheckJsonPathService(DocumentRepository documents, UnitOfWork unitOfWork) {
        this.documents = documents;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean isReadable(String jsonPath) {
        return unitOfWork.read(() -> documents.isReadablePath(jsonPath));
    }
}
