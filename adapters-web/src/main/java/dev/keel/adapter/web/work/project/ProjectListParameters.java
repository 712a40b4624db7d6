package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.query.ListOf;
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
        @Nullable @QueryValue @Schema(description = "Case-insensitive substring of the name", maxLength = 100) String q,
        @Nullable @QueryValue @Schema(description = "Only projects with at least this many open tasks", minimum = "0")
        Integer minOpenTasks,
        @Nullable @QueryValue Deleted deleted,
        @Nullable @QueryValue
        @Schema(description = "createdAt (default, newest first) or name; optionally ,asc or ,desc", example = "name,asc")
        String sort) {

    /** The one value of {@code deleted}, spelled as the API spells it: 'only' lists the caller's soft-deleted projects. */
    @Schema(name = "DeletedProjectsFilter", description = "'only' lists the soft-deleted projects the caller owns instead of live ones")
    enum Deleted { only }

    ProjectFilter toFilter() {
        return new ProjectFilter(Optional.ofNullable(q), Optional.ofNullable(minOpenTasks), deleted != null);
    }
}
