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
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.project.ProjectSlugTakenException;
import dev.keel.domain.work.project.ProjectView;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectServicesTest {

    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final RecordingActivityAttribution activity = new RecordingActivityAttribution();
    private final TestClock clock = new TestClock();
    private final CreateProjectService create = new CreateProjectService(projects, unitOfWork, activity, clock, new SequentialIdGenerator());
    private final FindProjectService find = new FindProjectService(projects, unitOfWork);

    private static Actor actor() {
        return new Actor(new UserId(UUID.randomUUID()), Role.MEMBER, new SessionId(UUID.randomUUID()));
    }

    @Test
    void theCreatorOwnsTheNewProjectWhichHasTheStandardBoard() {
        Actor owner = actor();

        ProjectView created = create.create(CreateProjectCommand.of(owner, " Apollo ", null, "Moon"));

        assertThat(created.project().name().value()).isEqualTo("Apollo");
        assertThat(created.project().slug().value()).isEqualTo("apollo");
        assertThat(created.project().ownerId()).isEqualTo(owner.userId());
        assertThat(created.project().createdAt()).isEqualTo(clock.now());
        assertThat(created.membership().role()).isEqualTo(ProjectRole.OWNER);
        assertThat(projects.findBoard(created.project().id()).orElseThrow().columns())
                .extracting(BoardColumn::name).containsExactly("To Do", "In Progress", "Done");
        assertThat(unitOfWork.calls()).first().extracting(DirectUnitOfWork.Call::kind).isEqualTo(DirectUnitOfWork.Kind.WRITE);
        assertThat(activity.attributions()).containsExactly(new RecordingActivityAttribution.Attribution(owner.userId(), clock.now()));
    }

    @Test
    void aTakenDerivedSlugGetsTheNextSuffixInOneAttemptBehindASavepoint() {
        create.create(CreateProjectCommand.of(actor(), "Apollo", null, null));
        create.create(CreateProjectCommand.of(actor(), "Apollo", null, null));

        ProjectView third = create.create(CreateProjectCommand.of(actor(), "Apollo", null, null));

        assertThat(third.project().slug().value()).isEqualTo("apollo-3");
        assertThat(unitOfWork.calls()).filteredOn(call -> call.kind() == DirectUnitOfWork.Kind.NESTED).hasSize(3);
    }

    @Test
    void aTakenExplicitSlugIsAConflict() {
        create.create(CreateProjectCommand.of(actor(), "Apollo", "moon", null));

        assertThatThrownBy(() -> create.create(CreateProjectCommand.of(actor(), "Other", "moon", null)))
                .isInstanceOf(ProjectSlugTakenException.class);
        assertThat(projects.size()).isEqualTo(1);
    }

    @Test
    void everyInvalidFieldIsReportedBeforeAnyWork() {
        assertThatThrownBy(() -> CreateProjectCommand.of(actor(), "", "No", "\u0000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("name", "slug", "description"));
        assertThat(unitOfWork.calls()).isEmpty();
    }

    @Test
    void membersFindTheirProjectAndEveryoneElseFindsNothing() {
        Actor owner = actor();
        ProjectId id = create.create(CreateProjectCommand.of(owner, "Apollo", null, null)).project().id();

        assertThat(find.find(new FindProjectQuery(owner, id)).project().id()).isEqualTo(id);
        assertThatThrownBy(() -> find.find(new FindProjectQuery(actor(), id))).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> find.find(new FindProjectQuery(owner, new ProjectId(UUID.randomUUID()))))
                .isInstanceOf(ProjectNotFoundException.class);
    }
}
