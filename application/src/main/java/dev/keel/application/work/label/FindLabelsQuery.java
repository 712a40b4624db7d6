package dev.keel.application.work.label;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectId;

import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.label.LabelName;

import java.util.Objects;
import java.util.Optional;

/** A project's labels, all of them by name, or those like {@code text} best match first. */
public record FindLabelsQuery(Actor actor, ProjectId projectId, Optional<String> text) {

    public FindLabelsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(text, "text");
    }

    /** Validates the text: at most as long as a label name. */
    public static FindLabelsQuery of(Actor actor, ProjectId projectId, String text) {
        if (text != null && (text.isBlank() || text.length() > LabelName.MAX_LENGTH)) {
            throw ValidationException.of("q", "must be 1 to " + LabelName.MAX_LENGTH + " characters");
        }
        return new FindLabelsQuery(actor, projectId, Optional.ofNullable(text));
    }
}
