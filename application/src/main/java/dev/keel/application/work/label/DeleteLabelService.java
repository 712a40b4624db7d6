package dev.keel.application.work.label;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.label.LabelNotFoundException;
import dev.keel.domain.work.label.LabelRepository;
import dev.keel.domain.work.label.LabelView;
import dev.keel.domain.work.project.ProjectPermission;
import jakarta.inject.Singleton;

/** ADMIN and OWNER delete a label; it leaves every task that carried it, in the same unit of work. */
@Singleton
public final class DeleteLabelService implements DeleteLabelUseCase {

    private final LabelRepository labels;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public DeleteLabelService(LabelRepository labels, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.labels = labels;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteLabelCommand command) {
        unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            LabelView view = labels.findVisibleTo(command.id(), command.actor().userId())
                    .orElseThrow(() -> new LabelNotFoundException(command.id()));
            view.membership().require(ProjectPermission.MANAGE_BOARD);
            Versioned.requireExpected("label", view.label().id(), command.expectedVersion(), view.label().version());
            labels.remove(view.label(), clock.now());
            return null;
        });
    }
}
