package dev.keel.application.work.document;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.document.DocumentView;

public interface FindDocumentsUseCase {

    Page<DocumentView> find(FindDocumentsQuery query);
}
