package dev.keel.domain.work.search;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;

import java.util.List;

/** Full-text search and title suggestions over the work content a caller can see. */
public interface SearchRepository {

    /** Hits in the scope ranked by relevance, then id (both descending): one statement per slice. */
    Page<SearchHit> search(SearchScope scope, SearchText text, PageRequest page);

    /** Up to {@code max} distinct live task titles in the scope's projects that look like {@code text}, most alike first. */
    List<String> suggestTitles(SearchScope scope, SearchText text, int max);
}
