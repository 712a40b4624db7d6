package dev.keel.domain.work.document;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.Lifecycle;
import dev.keel.domain.work.project.ProjectId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A titled text of a project with free-form JSON metadata. */
public final class Document {

    private final DocumentId id;
    private final ProjectId projectId;
    private final UserId createdBy;
    private DocumentTitle title;
    private DocumentBody body;
    private DocumentMetadata metadata;
    private final long version;
    private final Lifecycle lifecycle;

    private Document(DocumentId id, ProjectId projectId, UserId createdBy, DocumentTitle title, DocumentBody body,
                     DocumentMetadata metadata, long version, Lifecycle lifecycle) {
        this.id = Objects.requireNonNull(id, "id");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.createdBy = createdBy;
        this.title = Objects.requireNonNull(title, "title");
        this.body = body;
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.version = version;
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    public static Document create(DocumentId id, ProjectId projectId, UserId createdBy, DocumentTitle title,
                                  Optional<DocumentBody> body, DocumentMetadata metadata, Instant now) {
        return new Document(id, projectId, createdBy, title, body.orElse(null), metadata, 0, Lifecycle.startingAt(now));
    }

    /** A document as stored; {@code createdBy} empty once that user was removed for good. */
    public static Document rehydrate(DocumentId id, ProjectId projectId, Optional<UserId> createdBy, DocumentTitle title,
                                     Optional<DocumentBody> body, DocumentMetadata metadata, Instant createdAt,
                                     Instant updatedAt, long version, Optional<Instant> deletedAt) {
        return new Document(id, projectId, createdBy.orElse(null), title, body.orElse(null), metadata, version,
                Lifecycle.stored(createdAt, updatedAt, deletedAt.orElse(null)));
    }

    public void retitle(DocumentTitle newTitle, Instant now) {
        if (!title.equals(newTitle)) {
            title = newTitle;
            lifecycle.touch(now);
        }
    }

    /** Empty clears the body. */
    public void rewrite(Optional<DocumentBody> newBody, Instant now) {
        if (!Objects.equals(body, newBody.orElse(null))) {
            body = newBody.orElse(null);
            lifecycle.touch(now);
        }
    }

    public void describeWith(DocumentMetadata newMetadata, Instant now) {
        if (!metadata.equals(newMetadata)) {
            metadata = newMetadata;
            lifecycle.touch(now);
        }
    }

    public void softDelete(Instant now) {
        lifecycle.softDelete(now);
    }

    public void restore(Instant now) {
        lifecycle.restore(now);
    }

    public boolean hasChanges() {
        return lifecycle.hasChanges();
    }

    public boolean isDeleted() {
        return lifecycle.isDeleted();
    }

    public DocumentId id() {
        return id;
    }

    public ProjectId projectId() {
        return projectId;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public DocumentTitle title() {
        return title;
    }

    public Optional<DocumentBody> body() {
        return Optional.ofNullable(body);
    }

    public DocumentMetadata metadata() {
        return metadata;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return lifecycle.createdAt();
    }

    public Instant updatedAt() {
        return lifecycle.updatedAt();
    }

    public Optional<Instant> deletedAt() {
        return lifecycle.deletedAt();
    }
}
