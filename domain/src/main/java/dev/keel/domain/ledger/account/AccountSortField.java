package dev.keel.domain.ledger.account;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** Accounts are listed newest first. */
public enum AccountSortField implements SortField {
    CREATED_AT;

    @Override
    public String apiName() {
        return "createdAt";
    }

    @Override
    public SortDirection defaultDirection() {
        return SortDirection.DESC;
    }
}
