package dev.keel.domain.work.label;

import dev.keel.domain.shared.Lifecycle;
import dev.keel.domain.work.project.ProjectId;

import java.time.Instant;
import java.util.Objects;

/** A coloured tag of a project, put on its tasks. Deleting a label removes it for good, and from its tasks. */
public final class Label {

    private final LabelId id;
    private final ProjectId projectId;
    private LabelName name;
    private LabelColor color;
    private final long version;
    private final Lifecycle lifecycle;

    private Label(LabelId id, ProjectId projectId, LabelName name, LabelColor color, long version, Lifecycle lifecycle) {
        this.id = Objects.requireNonNull(id, "id");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.name = Objects.requireNonNull(name, "name");
        this.color = Objects.requireNonNull(color, "color");
        this.version = version;
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    public static Label create(LabelId id, ProjectId projectId, LabelName name, LabelColor color, Instant now) {
        return new Label(id, projectId, name, color, 0, Lifecycle.startingAt(now));
    }

    public static Label rehydrate(LabelId id, ProjectId projectId, LabelName name, LabelColor color, Instant createdAt,
                                  Instant updatedAt, long version) {
        return new Label(id, projectId, name, color, version, Lifecycle.stored(createdAt, updatedAt, null));
    }

    public void rename(LabelName newName, Instant now) {
        if (!name.equals(newName)) {
            name = newName;
            lifecycle.touch(now);
        }
    }

    public void recolor(LabelColor newColor, Instant now) {
        if (!color.equals(newColor)) {
            color = newColor;
            lifecycle.touch(now);
        }
    }

    public boolean hasChanges() {
        return lifecycle.hasChanges();
    }

    public LabelId id() {
        return id;
    }

    public ProjectId projectId() {
        return projectId;
    }

    public LabelName name() {
        return name;
    }

    public LabelColor color() {
        return color;
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
}
