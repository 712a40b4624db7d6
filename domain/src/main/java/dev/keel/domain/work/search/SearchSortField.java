package dev.keel.domain.work.search;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** Search results are ordered by relevance only, best first. */
public enum SearchSortField implements SortField {
    RELEVANCE;

    @Override
    public String apiName() {
        return "relevance";
    }

    @Override
    public SortDirection defaultDirection() {
        return SortDirection.DESC;
    }
}
