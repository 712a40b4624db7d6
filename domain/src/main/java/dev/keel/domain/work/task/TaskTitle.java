package dev.keel.domain.work.task;

import dev.keel.domain.shared.DisplayText;

/** A task's title: trimmed, 1 to 200 characters, no control characters. */
public record TaskTitle(String value) {

    public static final int MAX_LENGTH = 200;

    public TaskTitle {
        value = DisplayText.require("title", value, MAX_LENGTH);
    }
}
