package dev.keel.domain.work.document;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.project.ProjectId;

import java.util.Optional;

/** The store of documents. */
public interface DocumentRepository {

    /**
     * The document with its creator's name and the caller's membership, in one read; empty when unknown, not visible to
     * the caller (not a member, project deleted), or deleted and {@code includeDeleted} is false.
     */
    Optional<DocumentView> findVisibleTo(DocumentId id, UserId caller, boolean includeDeleted);

    /**
     * A page of the project's documents as {@code caller} (a member) sees them: one statement per keyset slice, two per
     * offset page. A malformed {@code jsonPath} is a {@code ValidationException} on {@code jsonPath}.
     */
    Page<DocumentView> find(ProjectId project, UserId caller, DocumentFilter filter, DocumentSort sort,
                            PageRequest page);

    /** Whether the store reads {@code jsonPath} as a SQL/JSON path (its syntax, its regular expressions). */
    boolean isReadablePath(String jsonPath);

    void add(Document document);

    /** Writes the changed document; {@code ConcurrentUpdateException} when it is no longer at the version it was read at. */
    void update(Document document);

    /** Removes the document for good, provided it is still at the version it was read at. */
    void remove(Document document);
}
