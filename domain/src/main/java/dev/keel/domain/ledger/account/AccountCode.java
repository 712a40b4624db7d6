package dev.keel.domain.ledger.account;

import dev.keel.domain.shared.ValidationException;

/** An account's unique code, chosen by whoever opens it: 1 to 64 letters, digits and . _ : - */
public record AccountCode(String value) {

    public AccountCode {
        if (value == null || !value.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw ValidationException.of("code", "must be 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
    }
}
