package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.ledger.account.EntrySortField;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** An account's entries have no filters and one order, newest first. */
@Introspected
@ListOf(name = "ledger-entries", sortFields = EntrySortField.class, defaultSort = "at")
record EntryListParameters(@Nullable @QueryValue @Schema(description = "at (newest first, the only order)") String sort) implements ListParameters<EntryListParameters> {

    @Override
    public EntryListParameters filter() {
        return this;
    }
}
