package dev.keel.application.work.search;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.search.SearchHit;
import dev.keel.domain.work.search.SearchRepository;
import dev.keel.domain.work.search.SearchScope;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Any member searches a project (or all of their projects): the project check, one statement for the hits, and only
 * when the first page finds nothing, one more for suggestions.
 */
@Singleton
public final class SearchWorkService implements SearchWorkUseCase {

    static final int MAX_SUGGESTIONS = 3;

    private final ProjectRepository projects;
    private final SearchRepository search;
    private final UnitOfWork unitOfWork;

    public SearchWorkService(ProjectRepository projects, SearchRepository search, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.search = search;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public WorkSearchResults search(WorkSearchQuery query) {
        SearchScope scope = new SearchScope(query.actor().userId(), query.project(), query.types());
        return unitOfWork.read(() -> {
            query.project().ifPresent(project -> projects.findLiveVisibleTo(project, query.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(project))
                    .membership().require(ProjectPermission.READ));
            Page<SearchHit> hits = search.search(scope, query.text(), query.page());
            List<String> suggestions = hits.items().isEmpty() && isFirst(query.page())
                    ? search.suggestTitles(scope, query.text(), MAX_SUGGESTIONS) : List.of();
            return new WorkSearchResults(hits, suggestions);
        });
    }

    private static boolean isFirst(PageRequest page) {
        return switch (page) {
            case PageRequest.Keyset keyset -> keyset.after().isEmpty();
            case PageRequest.Offset offset -> offset.page() == 1;
        };
    }
}
