package dev.keel.domain.ledger.account;

import dev.keel.domain.shared.DisplayText;

/** An account's name: trimmed, 1 to 200 characters, no control characters. */
public record AccountName(String value) {

    public AccountName {
        value = DisplayText.require("name", value, 200);
    }
}
