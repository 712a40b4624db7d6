package dev.keel.domain.work.label;

import dev.keel.domain.work.project.Membership;

import java.util.Objects;

/** A label with the caller's membership of its project. */
public record LabelView(Label label, Membership membership) {

    public LabelView {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(membership, "membership");
    }
}
