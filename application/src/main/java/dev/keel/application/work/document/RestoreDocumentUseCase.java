package dev.keel.application.work.document;

import dev.keel.domain.work.document.DocumentView;

public interface RestoreDocumentUseCase {

    DocumentView restore(RestoreDocumentCommand command);
}
