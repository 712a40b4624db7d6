package dev.keel.domain.ledger.account;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** An account's entries are listed newest first, by the account version each one made. */
public enum EntrySortField implements SortField {
    AT;

    @Override
    public String apiName() {
        return "at";
    }

    @Override
    public SortDirection defaultDirection() {
        return SortDirection.DESC;
    }
}
