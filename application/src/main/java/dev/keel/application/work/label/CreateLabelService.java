package dev.keel.application.work.label;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.label.Label;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.label.LabelRepository;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

/** ADMIN and OWNER add labels to a project. */
@Singleton
public final class CreateLabelService implements CreateLabelUseCase {

    private final ProjectRepository projects;
    private final LabelRepository labels;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public CreateLabelService(ProjectRepository projects, LabelRepository labels, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock,
                              IdGenerator ids) {
        this.projects = projects;
        this.labels = labels;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Label create(CreateLabelCommand command) {
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()))
                    .membership().require(ProjectPermission.MANAGE_BOARD);
            Label label = Label.create(new LabelId(ids.newId()), command.projectId(), command.name(), command.color(),
                    clock.now());
            labels.add(label);
            return label;
        });
    }
}
