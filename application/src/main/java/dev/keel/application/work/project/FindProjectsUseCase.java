package dev.keel.application.work.project;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.project.ProjectView;

public interface FindProjectsUseCase {

    Page<ProjectView> find(FindProjectsQuery query);
}
