package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.MemberRuleException;
import dev.keel.domain.work.project.ProjectMember;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.project.ProjectView;
import jakarta.inject.Singleton;

/**
 * Admins and the owner add members or change their roles; never the owner's own membership, and never to OWNER (that
 * is a transfer). Not a member: 404; a member without the permission: 403; a refused change or no such live user: 422.
 */
@Singleton
public final class PutMemberService implements PutMemberUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public PutMemberService(ProjectRepository projects, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock, IdGenerator ids) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ProjectMember put(PutMemberCommand command) {
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            ProjectView view = projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()));
            view.membership().require(ProjectPermission.MANAGE_MEMBERS);
            if (command.role() == ProjectRole.OWNER) {
                throw MemberRuleException.ownerRoleNotAssignable();
            }
            if (view.project().ownerId().equals(command.userId())) {
                throw MemberRuleException.ownerUnchangeable();
            }
            return projects.putMember(command.projectId(), command.userId(), command.role(), ids.newId(), clock.now())
                    .orElseThrow(MemberRuleException::noSuchUser);
        });
    }
}
