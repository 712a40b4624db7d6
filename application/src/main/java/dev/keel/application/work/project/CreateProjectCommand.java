package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.project.ProjectDescription;
import dev.keel.domain.work.project.ProjectName;
import dev.keel.domain.work.project.ProjectSlug;

import java.util.Objects;
import java.util.Optional;

/** An empty slug means: derive one from the name. */
public record CreateProjectCommand(Actor actor, ProjectName name, Optional<ProjectSlug> slug,
                                   Optional<ProjectDescription> description) {

    public CreateProjectCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(description, "description");
    }

    /** Validates raw input, reporting every bad field at once; null slug and description are absent. */
    public static CreateProjectCommand of(Actor actor, String name, String slug, String description) {
        var violations = new Violations();
        ProjectName validName = violations.check(() -> new ProjectName(name));
        ProjectSlug validSlug = violations.checkIfPresent(slug, ProjectSlug::new);
        ProjectDescription validDescription = violations.checkIfPresent(description, ProjectDescription::new);
        violations.throwIfAny();
        return new CreateProjectCommand(actor, validName, Optional.ofNullable(validSlug), Optional.ofNullable(validDescription));
    }
}
