package dev.keel.application.work.document;

public interface DeleteDocumentUseCase {

    void delete(DeleteDocumentCommand command);
}
