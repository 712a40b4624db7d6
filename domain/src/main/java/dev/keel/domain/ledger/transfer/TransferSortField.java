package dev.keel.domain.ledger.transfer;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** Transfers are listed newest first. */
public enum TransferSortField implements SortField {
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
