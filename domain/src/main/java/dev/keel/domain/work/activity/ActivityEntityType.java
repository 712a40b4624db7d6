package dev.keel.domain.work.activity;

import java.util.Locale;

/** What an activity entry is about; label assignments are entries of their task. */
public enum ActivityEntityType {
    PROJECT,
    MEMBER,
    COLUMN,
    TASK,
    COMMENT,
    DOCUMENT;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityEntityType ofApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
