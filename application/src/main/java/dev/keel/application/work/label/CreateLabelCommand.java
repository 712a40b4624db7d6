package dev.keel.application.work.label;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.label.LabelColor;
import dev.keel.domain.work.label.LabelName;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record CreateLabelCommand(Actor actor, ProjectId projectId, LabelName name, LabelColor color) {

    public CreateLabelCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }

    /** Validates raw input, reporting every bad field at once. */
    public static CreateLabelCommand of(Actor actor, ProjectId projectId, String name, String color) {
        var violations = new Violations();
        LabelName validName = violations.check(() -> new LabelName(name));
        LabelColor validColor = violations.check(() -> new LabelColor(color));
        violations.throwIfAny();
        return new CreateLabelCommand(actor, projectId, validName, validColor);
    }
}
