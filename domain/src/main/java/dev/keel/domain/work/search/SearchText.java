package dev.keel.domain.work.search;

import dev.keel.domain.shared.DisplayText;

/** What to search for, in web-search syntax ("exact phrase", -without, or): 1 to 200 characters. */
public record SearchText(String value) {

    public static final int MAX_LENGTH = 200;

    public SearchText {
        value = DisplayText.require("q", value, MAX_LENGTH);
    }
}
