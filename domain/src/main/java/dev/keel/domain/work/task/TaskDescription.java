package dev.keel.domain.work.task;

import dev.keel.domain.shared.FreeText;

/** Free text about a task: at most 10,000 characters (line breaks and tabs allowed, other controls not). */
public record TaskDescription(String value) {

    public static final int MAX_LENGTH = 10_000;

    public TaskDescription {
        value = FreeText.require("description", value, MAX_LENGTH);
    }
}
