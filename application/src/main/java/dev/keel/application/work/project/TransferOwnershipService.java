package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.notification.Notification;
import dev.keel.domain.work.notification.NotificationRepository;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.MemberRuleException;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.project.ProjectView;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * The owner hands a project to one of its members: the old owner becomes ADMIN. The new owner's notification is written
 * behind a savepoint: when it fails, only it is rolled back, and the transfer commits all the same.
 */
@Singleton
public final class TransferOwnershipService implements TransferOwnershipUseCase {

    private static final System.Logger LOG = System.getLogger(TransferOwnershipService.class.getName());

    private final ProjectRepository projects;
    private final NotificationRepository notifications;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public TransferOwnershipService(ProjectRepository projects, NotificationRepository notifications, UnitOfWork unitOfWork, ActivityAttribution activity,
                                    Clock clock, IdGenerator ids) {
        this.projects = projects;
        this.notifications = notifications;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Transferred transfer(TransferOwnershipCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            ProjectView view = projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()));
            view.membership().require(ProjectPermission.OWN);
            Project project = view.project();
            if (project.ownerId().equals(command.newOwnerId())) {
                throw MemberRuleException.alreadyOwner();
            }
            Instant now = clock.now();
            Project transferred = projects.transferOwnership(project, command.newOwnerId(), now);
            Notification notification = new Notification(ids.newId(), command.newOwnerId(),
                    Notification.Kind.PROJECT_OWNERSHIP_TRANSFERRED, Optional.of(project.id()),
                    "You now own the project " + project.name().value(), now);
            boolean notified;
            try {
                unitOfWork.nested(() -> {
                    notifications.add(notification);
                    return null;
                });
                notified = true;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Project " + project.id() + " changed owner, but the notification of "
                        + command.newOwnerId() + " could not be written", e);
                notified = false;
            }
            Membership demoted = new Membership(project.id(), command.actor().userId(), ProjectRole.ADMIN,
                    view.membership().addedAt());
            return new Transferred(new ProjectView(transferred, demoted, view.taskCounts()), notified);
        });
    }
}
