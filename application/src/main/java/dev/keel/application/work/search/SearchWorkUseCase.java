package dev.keel.application.work.search;

public interface SearchWorkUseCase {

    WorkSearchResults search(WorkSearchQuery query);
}
