package dev.keel.domain.work.label;

import dev.keel.domain.shared.DisplayText;

/** A label's name: trimmed, 1 to 50 characters, no control characters; unique in its project, case-insensitively. */
public record LabelName(String value) {

    public static final int MAX_LENGTH = 50;

    public LabelName {
        value = DisplayText.require("name", value, MAX_LENGTH);
    }
}
