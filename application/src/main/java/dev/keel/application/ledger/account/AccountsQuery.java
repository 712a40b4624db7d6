package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.money.Currency;
import dev.keel.domain.shared.paging.PageRequest;

import java.util.Objects;
import java.util.Optional;

public record AccountsQuery(Actor actor, Optional<Currency> currency, PageRequest page) {

    public AccountsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(page, "page");
    }
}
