package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.ledger.account.AccountSortField;
import dev.keel.domain.shared.money.Currency;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Optional;

@Introspected
@ListOf(name = "ledger-accounts", sortFields = AccountSortField.class, defaultSort = "createdAt")
record AccountListParameters(
        @Nullable @QueryValue @Schema(description = "ISO 4217 code: only accounts in it") String currency,
        @Nullable @QueryValue @Schema(description = "createdAt (newest first, the only order)") String sort) implements ListParameters<Optional<Currency>> {

    @Override
    public Optional<Currency> filter() {
        return Optional.ofNullable(currency).map(code -> Currency.of("currency", code));
    }
}
