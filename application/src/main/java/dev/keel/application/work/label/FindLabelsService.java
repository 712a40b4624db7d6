package dev.keel.application.work.label;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.label.Label;
import dev.keel.domain.work.label.LabelRepository;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

import java.util.List;

/** Any member lists a project's labels, or finds them by a (possibly misspelt) name. */
@Singleton
public final class FindLabelsService implements FindLabelsUseCase {

    private final ProjectRepository projects;
    private final LabelRepository labels;
    private final UnitOfWork unitOfWork;

    public FindLabelsService(ProjectRepository projects, LabelRepository labels, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.labels = labels;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<Label> find(FindLabelsQuery query) {
        return unitOfWork.read(() -> {
            projects.findLiveVisibleTo(query.projectId(), query.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(query.projectId()))
                    .membership().require(ProjectPermission.READ);
            return query.text().map(text -> labels.like(query.projectId(), text)).orElseGet(() -> labels.listOf(query.projectId()));
        });
    }
}
