package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.MemberNotFoundException;
import dev.keel.domain.work.project.MemberRuleException;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectView;
import jakarta.inject.Singleton;

/**
 * Admins and the owner remove members other than the owner; their open tasks become unassigned in the same unit of
 * work, also those assigned to them while the removal waited for the assignment (it may run again after a deadlock
 * with a bulk change that holds their tasks).
 */
@Singleton
public final class RemoveMemberService implements RemoveMemberUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public RemoveMemberService(ProjectRepository projects, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void remove(RemoveMemberCommand command) {
        unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            ProjectView view = projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()));
            view.membership().require(ProjectPermission.MANAGE_MEMBERS);
            if (view.project().ownerId().equals(command.userId())) {
                throw MemberRuleException.ownerUnchangeable();
            }
            if (!projects.removeMember(command.projectId(), command.userId(), clock.now())) {
                throw new MemberNotFoundException(command.userId());
            }
            return null;
        });
    }
}
