package dev.keel.application.work.document;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.document.DocumentFilter;
import dev.keel.domain.work.document.DocumentSort;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record FindDocumentsQuery(Actor actor, ProjectId projectId, DocumentFilter filter, DocumentSort sort, PageRequest page) {

    public FindDocumentsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
