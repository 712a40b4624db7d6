package dev.keel.domain.work.project;

import dev.keel.domain.shared.DisplayText;

/** A project's name: trimmed, 1 to 100 characters, no control characters. */
public record ProjectName(String value) {

    public static final int MAX_LENGTH = 100;

    public ProjectName {
        value = DisplayText.require("name", value, MAX_LENGTH);
    }
}
