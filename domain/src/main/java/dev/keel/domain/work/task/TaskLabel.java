package dev.keel.domain.work.task;

import dev.keel.domain.work.label.LabelId;

import java.util.Objects;

/** A label as a task shows it. */
public record TaskLabel(LabelId id, String name, String color) {

    public TaskLabel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }
}
