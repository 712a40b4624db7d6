package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.testing.DirectUnitOfWork;
import dev.keel.application.testing.RecordingActivityAttribution;
import dev.keel.application.testing.InMemoryProjectRepository;
import dev.keel.application.testing.SequentialIdGenerator;
import dev.keel.application.testing.TestClock;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.project.MemberNotFoundException;
import dev.keel.domain.work.project.MemberRuleException;
import dev.keel.domain.work.project.ProjectActionForbiddenException;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectMember;
import dev.keel.domain.work.project.ProjectNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberServicesTest {

    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final RecordingActivityAttribution activity = new RecordingActivityAttribution();
    private final TestClock clock = new TestClock();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final CreateProjectService create = new CreateProjectService(projects, unitOfWork, activity, clock, ids);
    private final FindMembersService find = new FindMembersService(projects, unitOfWork);
    private final PutMemberService put = new PutMemberService(projects, unitOfWork, activity, clock, ids);
    private final RemoveMemberService remove = new RemoveMemberService(projects, unitOfWork, activity, clock);

    private final Actor owner = actor();
    private final ProjectId project = create.create(CreateProjectCommand.of(owner, "Crew", null, null)).project().id();

    private Actor actor() {
        Actor actor = new Actor(new UserId(UUID.randomUUID()), Role.MEMBER, new SessionId(UUID.randomUUID()));
        projects.addUser(actor.userId(), "User", actor.userId() + "@example.com");
        return actor;
    }

    private Actor memberAs(String role) {
        Actor member = actor();
        clock.advance(java.time.Duration.ofSeconds(1));
        put.put(PutMemberCommand.of(owner, project, member.userId(), role));
        return member;
    }

    @Test
    void theOwnerAndAdminsAddMembersOthersMayNot() {
        Actor admin = memberAs("ADMIN");
        Actor member = memberAs("MEMBER");
        Actor viewer = memberAs("VIEWER");
        Actor newcomer = actor();
        clock.advance(java.time.Duration.ofSeconds(1));

        assertThatThrownBy(() -> put.put(PutMemberCommand.of(member, project, newcomer.userId(), "VIEWER")))
                .isInstanceOf(ProjectActionForbiddenException.class);
        assertThatThrownBy(() -> put.put(PutMemberCommand.of(viewer, project, newcomer.userId(), "VIEWER")))
                .isInstanceOf(ProjectActionForbiddenException.class);
        assertThatThrownBy(() -> put.put(PutMemberCommand.of(actor(), project, newcomer.userId(), "VIEWER")))
                .isInstanceOf(ProjectNotFoundException.class);
        ProjectMember added = put.put(PutMemberCommand.of(admin, project, newcomer.userId(), "VIEWER"));

        assertThat(added.userId()).isEqualTo(newcomer.userId());
        assertThat(find.find(new FindMembersQuery(newcomer, project))).extracting(ProjectMember::userId)
                .containsExactly(owner.userId(), admin.userId(), member.userId(), viewer.userId(), newcomer.userId());
    }

    @Test
    void theOwnerIsNeitherReassignedNorRemovedAndOwnerIsNotAssignable() {
        Actor admin = memberAs("ADMIN");

        assertThatThrownBy(() -> put.put(PutMemberCommand.of(admin, project, owner.userId(), "MEMBER")))
                .isInstanceOf(MemberRuleException.class);
        assertThatThrownBy(() -> put.put(PutMemberCommand.of(owner, project, admin.userId(), "OWNER")))
                .isInstanceOf(MemberRuleException.class);
        assertThatThrownBy(() -> remove.remove(new RemoveMemberCommand(admin, project, owner.userId())))
                .isInstanceOf(MemberRuleException.class);
        assertThatThrownBy(() -> put.put(PutMemberCommand.of(owner, project, new UserId(UUID.randomUUID()), "MEMBER")))
                .isInstanceOf(MemberRuleException.class).hasMessageContaining("no live user");
    }

    @Test
    void removingAMemberHidesTheProjectFromThem() {
        Actor member = memberAs("MEMBER");

        remove.remove(new RemoveMemberCommand(owner, project, member.userId()));

        assertThatThrownBy(() -> find.find(new FindMembersQuery(member, project))).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> remove.remove(new RemoveMemberCommand(owner, project, member.userId())))
                .isInstanceOf(MemberNotFoundException.class);
    }

    @Test
    void aMissingOrUnknownRoleIsInvalidInput() {
        assertThatThrownBy(() -> PutMemberCommand.of(owner, project, owner.userId(), null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PutMemberCommand.of(owner, project, owner.userId(), "captain")).isInstanceOf(ValidationException.class);
    }
}
