package dev.keel.application.work.document;

import dev.keel.domain.work.document.DocumentView;

public interface FindDocumentUseCase {

    DocumentView find(FindDocumentQuery query);
}
