package dev.keel.domain.work.label;

import dev.keel.domain.shared.NotFoundException;

/** Unknown, or in a project the caller is not a member of. */
public final class LabelNotFoundException extends NotFoundException {

    public LabelNotFoundException(LabelId id) {
        super("label", id);
    }
}
