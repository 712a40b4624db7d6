package dev.keel.domain.work.project;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** The whitelist of fields a project list may be sorted by. */
public enum ProjectSortField implements SortField {
    CREATED_AT("createdAt", SortDirection.DESC),
    NAME("name", SortDirection.ASC),
    /** How well the name matches the text filter (trigram word similarity); only with that filter. */
    RELEVANCE("relevance", SortDirection.DESC);

    private final String apiName;
    private final SortDirection defaultDirection;

    ProjectSortField(String apiName, SortDirection defaultDirection) {
        this.apiName = apiName;
        this.defaultDirection = defaultDirection;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** Newest first for creation time, alphabetical for names, best match first for relevance. */
    @Override
    public SortDirection defaultDirection() {
        return defaultDirection;
    }
}
