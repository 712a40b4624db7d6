package dev.keel.domain.work.label;

import dev.keel.domain.shared.ConflictException;

/** Another label of the project has the name, in any case. */
public final class LabelNameTakenException extends ConflictException {

    public LabelNameTakenException(LabelName name) {
        super("label-name-taken", "Label name taken", "the project already has a label named " + name.value());
    }
}
