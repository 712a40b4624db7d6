package dev.keel.application.work.label;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.label.Label;
import dev.keel.domain.work.label.LabelNotFoundException;
import dev.keel.domain.work.label.LabelRepository;
import dev.keel.domain.work.label.LabelView;
import dev.keel.domain.work.project.ProjectPermission;
import jakarta.inject.Singleton;

import java.time.Instant;

/** ADMIN and OWNER rename and recolour labels; an unchanged label is not written. */
@Singleton
public final class UpdateLabelService implements UpdateLabelUseCase {

    private final LabelRepository labels;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public UpdateLabelService(LabelRepository labels, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.labels = labels;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public Label update(UpdateLabelCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            LabelView view = labels.findVisibleTo(command.id(), command.actor().userId())
                    .orElseThrow(() -> new LabelNotFoundException(command.id()));
            view.membership().require(ProjectPermission.MANAGE_BOARD);
            Label label = view.label();
            Versioned.requireExpected("label", label.id(), command.expectedVersion(), label.version());
            Instant now = clock.now();
            command.name().ifPresent(name -> label.rename(name, now));
            command.color().ifPresent(color -> label.recolor(color, now));
            if (!label.hasChanges()) {
                return label;
            }
            labels.update(label);
            return Label.rehydrate(label.id(), label.projectId(), label.name(), label.color(), label.createdAt(),
                    label.updatedAt(), label.version() + 1);
        });
    }
}
