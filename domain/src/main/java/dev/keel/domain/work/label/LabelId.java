package dev.keel.domain.work.label;

import java.util.Objects;
import java.util.UUID;

public record LabelId(UUID value) {

    public LabelId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
