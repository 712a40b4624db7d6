package dev.keel.domain.shared.paging;

/** One entry of a list's sort whitelist: its name in the API and the direction it sorts in by default. */
public interface SortField {

    String apiName();

    SortDirection defaultDirection();
}
