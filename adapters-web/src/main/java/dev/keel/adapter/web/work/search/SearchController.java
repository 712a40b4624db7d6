package dev.keel.adapter.web.work.search;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.adapter.web.shared.CursorPageResponse;
import dev.keel.adapter.web.shared.query.ListRequest;
import dev.keel.adapter.web.shared.query.ListRequests;
import dev.keel.adapter.web.shared.query.Paging;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.work.search.SearchWorkUseCase;
import dev.keel.application.work.search.WorkSearchQuery;
import dev.keel.application.work.search.WorkSearchResults;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.search.SearchHit;
import dev.keel.domain.work.search.SearchSortField;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

/** Full-text search over tasks, comments and documents, in one project or in all of the caller's. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Search")
public class SearchController {

    private final SearchWorkUseCase searchWork;
    private final ListRequests lists;

    SearchController(SearchWorkUseCase searchWork, ListRequests lists) {
        this.searchWork = searchWork;
        this.lists = lists;
    }

    @Get("/projects/{id}/search")
    @Operation(summary = "Search a project",
            description = "Any member. Ranked by relevance (titles weigh more than texts), then id; keyset (cursor) paging only. An empty first page carries up to 3 suggestions.")
    @ApiResponse(responseCode = "200", description = "Hits, best first", content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    @ApiProblems.NotFound
    SearchResponse searchProject(HttpRequest<?> request, @Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                                 @RequestBean SearchParameters parameters, @RequestBean Paging paging) {
        return search(request, actor, Optional.of(new ProjectId(id)), parameters, paging);
    }

    @Get("/search")
    @Operation(summary = "Search all of my projects",
            description = "Tasks, comments and documents of every live project the caller belongs to. Ranked by relevance, then id; keyset (cursor) paging only. An empty first page carries up to 3 suggestions.")
    @ApiResponse(responseCode = "200", description = "Hits, best first", content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Unauthorized
    SearchResponse searchEverywhere(HttpRequest<?> request, @Parameter(hidden = true) Actor actor,
                                    @RequestBean SearchParameters parameters, @RequestBean Paging paging) {
        return search(request, actor, Optional.empty(), parameters, paging);
    }

    private SearchResponse search(HttpRequest<?> request, Actor actor, Optional<ProjectId> project,
                                  SearchParameters parameters, Paging paging) {
        ListRequest<SearchParameters.Search, SearchSortField> list = lists.read(request, parameters, paging);
        if (list.page() instanceof PageRequest.Offset) {
            throw ValidationException.of("page", "search results are paged by cursor: use limit and cursor");
        }
        WorkSearchResults results = searchWork.search(new WorkSearchQuery(actor, project, list.filter().text(),
                list.filter().types(), list.page()));
        @SuppressWarnings("unchecked")
        var page = (CursorPageResponse<SearchHitResponse>) lists.respond(list, results.hits().map(SearchController::toResponse));
        return new SearchResponse(page.items(), page.nextCursor(), results.suggestions());
    }

    private static SearchHitResponse toResponse(SearchHit hit) {
        return new SearchHitResponse(hit.type().apiName(), hit.id().toString(), hit.taskId().map(Object::toString).orElse(null),
                hit.projectId().toString(), hit.title(), SnippetHtml.of(hit.snippet()), hit.rank());
    }
}
