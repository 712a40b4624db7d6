package dev.keel.domain.ledger.account;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.money.Currency;

import java.util.Objects;
import java.util.Optional;

/** Which accounts a list shows: one owner's (empty: all, for administrators), in one currency or all. */
public record AccountFilter(Optional<UserId> owner, Optional<Currency> currency) {

    public AccountFilter {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currency, "currency");
    }
}
