package dev.keel.domain.work.project;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.Lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A project: the unit of visibility of the work context. Its owner is its one {@link ProjectRole#OWNER} member; the
 * aggregate carries the owner's id as read with it.
 */
public final class Project {

    private final ProjectId id;
    private ProjectName name;
    private ProjectSlug slug;
    private ProjectDescription description;
    private final UserId ownerId;
    private final long version;
    private final Lifecycle lifecycle;

    private Project(ProjectId id, ProjectName name, ProjectSlug slug, ProjectDescription description, UserId ownerId,
                    Instant createdAt, Instant updatedAt, long version, Instant deletedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.description = description;
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.version = version;
        this.lifecycle = Lifecycle.stored(createdAt, updatedAt, deletedAt);
    }

    /** A new, live project at version 0 owned by {@code owner}. */
    public static Project register(ProjectId id, ProjectName name, ProjectSlug slug, Optional<ProjectDescription> description,
                                   UserId owner, Instant now) {
        return new Project(id, name, slug, description.orElse(null), owner, now, now, 0, null);
    }

    /** A project as it was stored. */
    public static Project rehydrate(ProjectId id, ProjectName name, ProjectSlug slug, Optional<ProjectDescription> description,
                                    UserId ownerId, Instant createdAt, Instant updatedAt, long version,
                                    Optional<Instant> deletedAt) {
        return new Project(id, name, slug, description.orElse(null), ownerId, createdAt, updatedAt, version,
                deletedAt.orElse(null));
    }

    /** The project as it is once {@code newOwner} owns it, at version {@code newVersion}, changed at {@code now}. */
    public Project ownedBy(UserId newOwner, long newVersion, Instant now) {
        Instant changed = now.isAfter(lifecycle.updatedAt()) ? now : lifecycle.updatedAt();
        return new Project(id, name, slug, description, newOwner, lifecycle.createdAt(), changed, newVersion,
                lifecycle.deletedAt().orElse(null));
    }

    /** The same project under another slug (before it is first stored: a derived slug that was taken). */
    public Project withSlug(ProjectSlug newSlug) {
        return new Project(id, name, newSlug, description, ownerId, lifecycle.createdAt(), lifecycle.updatedAt(), version,
                lifecycle.deletedAt().orElse(null));
    }

    public void rename(ProjectName newName, Instant now) {
        if (!name.equals(newName)) {
            name = newName;
            touch(now);
        }
    }

    public void changeSlug(ProjectSlug newSlug, Instant now) {
        if (!slug.equals(newSlug)) {
            slug = newSlug;
            touch(now);
        }
    }

    /** An empty description clears it. */
    public void describe(Optional<ProjectDescription> newDescription, Instant now) {
        if (!Objects.equals(description, newDescription.orElse(null))) {
            description = newDescription.orElse(null);
            touch(now);
        }
    }

    public void softDelete(Instant now) {
        lifecycle.softDelete(now);
    }

    public void restore(Instant now) {
        lifecycle.restore(now);
    }

    private void touch(Instant now) {
        lifecycle.touch(now);
    }

    /** True once a method above changed a value since this instance was created or rehydrated. */
    public boolean hasChanges() {
        return lifecycle.hasChanges();
    }

    public ProjectId id() {
        return id;
    }

    public ProjectName name() {
        return name;
    }

    public ProjectSlug slug() {
        return slug;
    }

    public Optional<ProjectDescription> description() {
        return Optional.ofNullable(description);
    }

    public UserId ownerId() {
        return ownerId;
    }

    public Instant createdAt() {
        return lifecycle.createdAt();
    }

    public Instant updatedAt() {
        return lifecycle.updatedAt();
    }

    public long version() {
        return version;
    }

    public Optional<Instant> deletedAt() {
        return lifecycle.deletedAt();
    }

    public boolean isDeleted() {
        return lifecycle.isDeleted();
    }

    @Override
    public String toString() {
        return "Project[id=" + id + ", version=" + version + ", deleted=" + isDeleted() + "]";
    }
}
