package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.project.ProjectFilter;
import dev.keel.domain.work.project.ProjectSortField;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Optional;

@Introspected
@ListOf(name = "projects", sortFields = ProjectSortField.class, defaultSort = "createdAt")
record ProjectListParameters(
        @Nullable @QueryValue @Schema(description = "A name holding this text (any case) or looking like it, so that a typo still finds it; sorts by relevance unless sort is given", maxLength = 100) String q,
        @Nullable @QueryValue @Schema(description = "Only projects with at least this many open tasks", minimum = "0")
        Integer minOpenTasks,
        @Nullable @QueryValue Deleted deleted,
        @Nullable @QueryValue
        @Schema(description = "createdAt (default, newest first), name, or relevance (best match first; the default with q, only with q); optionally ,asc or ,desc", example = "name,asc")
        String sort) implements ListParameters<ProjectFilter> {

    /** The one value of {@code deleted}, spelled as the API spells it: 'only' lists the caller's soft-deleted projects. */
    @Schema(name = "DeletedProjectsFilter", description = "'only' lists the soft-deleted projects the caller owns instead of live ones")
    enum Deleted { only }

    /** The sort asked for; without one, a text search sorts by relevance. */
    @Override
    public String effectiveSort() {
        return sort == null && q != null ? "relevance" : sort;
    }

    @Override
    public ProjectFilter filter() {
        if (q == null && sort != null && sort.startsWith("relevance")) {
            throw ValidationException.of("sort", "relevance needs q");
        }
        return new ProjectFilter(Optional.ofNullable(q), Optional.ofNullable(minOpenTasks), deleted != null);
    }
}
