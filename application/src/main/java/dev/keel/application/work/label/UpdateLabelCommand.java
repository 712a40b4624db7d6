package dev.keel.application.work.label;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.label.LabelColor;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.label.LabelName;

import java.util.Objects;
import java.util.Optional;

/** A merge patch of a label: empty fields stay. */
public record UpdateLabelCommand(Actor actor, LabelId id, Optional<Long> expectedVersion, Optional<LabelName> name,
                                 Optional<LabelColor> color) {

    public UpdateLabelCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }

    public static UpdateLabelCommand of(Actor actor, LabelId id, Long expectedVersion, String name, String color) {
        var violations = new Violations();
        LabelName validName = violations.checkIfPresent(name, LabelName::new);
        LabelColor validColor = violations.checkIfPresent(color, LabelColor::new);
        violations.throwIfAny();
        return new UpdateLabelCommand(actor, id, Optional.ofNullable(expectedVersion), Optional.ofNullable(validName),
                Optional.ofNullable(validColor));
    }
}
