package dev.keel.domain.work.project;

import dev.keel.domain.shared.FreeText;

/** Free text about a project: at most 2,000 characters (line breaks and tabs allowed, other controls not). */
public record ProjectDescription(String value) {

    public static final int MAX_LENGTH = 2000;

    public ProjectDescription {
        value = FreeText.require("description", value, MAX_LENGTH);
    }
}
