package dev.keel.application.work.search;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.search.SearchHit;

import java.util.List;
import java.util.Objects;

/** A page of hits; when the first page is empty, up to three task titles that look like what was searched for. */
public record WorkSearchResults(Page<SearchHit> hits, List<String> suggestions) {

    public WorkSearchResults {
        Objects.requireNonNull(hits, "hits");
        suggestions = List.copyOf(suggestions);
    }
}
