package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.project.ProjectDescription;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectName;
import dev.keel.domain.work.project.ProjectSlug;

import java.util.Objects;
import java.util.Optional;

/** A merge patch of a project: empty fields stay; {@code clearDescription} removes the description. */
public record UpdateProjectCommand(Actor actor, ProjectId id, Optional<Long> expectedVersion, Optional<ProjectName> name,
                                   Optional<ProjectSlug> slug, Optional<ProjectDescription> description,
                                   boolean clearDescription) {

    public UpdateProjectCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(description, "description");
        if (clearDescription && description.isPresent()) {
            throw new IllegalArgumentException("a description is either set or cleared");
        }
    }

    /** Validates raw input (null meaning "leave as it is"), reporting every bad field at once. */
    public static UpdateProjectCommand of(Actor actor, ProjectId id, Long expectedVersion, String name, String slug,
                                          String description, boolean clearDescription) {
        var violations = new Violations();
        ProjectName validName = violations.checkIfPresent(name, ProjectName::new);
        ProjectSlug validSlug = violations.checkIfPresent(slug, ProjectSlug::new);
        ProjectDescription validDescription = violations.checkIfPresent(description, ProjectDescription::new);
        violations.throwIfAny();
        return new UpdateProjectCommand(actor, id, Optional.ofNullable(expectedVersion), Optional.ofNullable(validName),
                Optional.ofNullable(validSlug), Optional.ofNullable(validDescription), clearDescription);
    }
}
