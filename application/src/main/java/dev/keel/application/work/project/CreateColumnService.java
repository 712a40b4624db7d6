package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

/** ADMIN and OWNER add a column at a position (a position past the end means the end), under the board's lock. */
@Singleton
public final class CreateColumnService implements CreateColumnUseCase {

    private final ProjectRepository projects;
    private final BoardColumns columns;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public CreateColumnService(ProjectRepository projects, BoardColumns columns, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock,
                               IdGenerator ids) {
        this.projects = projects;
        this.columns = columns;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ColumnDetails create(CreateColumnCommand command) {
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()))
                    .membership().require(ProjectPermission.MANAGE_BOARD);
            int count = columns.lockBoard(command.projectId());
            int position = Math.min(command.position().orElse(count), count);
            BoardColumn column = new BoardColumn(ids.newId(), command.name(), position, command.isDone(), command.wipLimit());
            columns.insert(command.projectId(), column, clock.now());
            return columns.findVisibleTo(column.id(), command.actor().userId()).orElseThrow();
        });
    }
}
