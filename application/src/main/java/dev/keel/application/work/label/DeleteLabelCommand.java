package dev.keel.application.work.label;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.label.LabelId;

import java.util.Objects;
import java.util.Optional;

public record DeleteLabelCommand(Actor actor, LabelId id, Optional<Long> expectedVersion) {

    public DeleteLabelCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
