package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.Board;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.project.ProjectSlug;
import dev.keel.domain.work.project.ProjectSlugTakenException;
import dev.keel.domain.work.project.ProjectView;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.UUID;

/**
 * Creates a project, its owner's membership and its standard board in one unit of work: all of it or nothing.
 *
 * <p>A derived slug that is taken gets the suffix one above the highest taken ({@code -2}, {@code -3}, …), looked up
 * in one statement. Creates deriving the same slug take turns (a lock named after it, held until their unit of work
 * ends), so each looks up after the one before it committed: without the turns, each round of a burst lost all its
 * inserts but one to the unique index, and a burst larger than the attempts ran out of them. A clash with another
 * slug's numbered form or with an explicit slug is still possible: each attempt runs behind a savepoint, so it rolls
 * back only that attempt, and the next lookup, at READ COMMITTED, sees the committed slug and moves on. An explicit
 * slug that is taken is the caller's conflict (409).
 */
@Singleton
public final class CreateProjectService implements CreateProjectUseCase {

    /** Attempts at a free derived slug (each lost to a concurrent create) before a conflict the client may retry. */
    static final int MAX_SLUG_ATTEMPTS = 10;

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public CreateProjectService(ProjectRepository projects, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock, IdGenerator ids) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ProjectView create(CreateProjectCommand command) {
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            Instant now = clock.now();
            ProjectId id = new ProjectId(ids.newId());
            UUID ownerMembershipId = ids.newId();
            Project draft = Project.register(id, command.name(), command.slug().orElseGet(() -> ProjectSlug.derivedFrom(command.name())),
                    command.description(), command.actor().userId(), now);
            Project project = command.slug().isPresent() ? projects.add(draft, ownerMembershipId) : addWithFreeSlug(draft, ownerMembershipId);
            projects.addBoard(Board.standard(id, ids::newId), now);
            return new ProjectView(project, new Membership(id, command.actor().userId(), ProjectRole.OWNER, now));
        });
    }

    private Project addWithFreeSlug(Project draft, UUID ownerMembershipId) {
        unitOfWork.lockExclusively("project slug " + draft.slug().value());
        for (int attempt = 1; ; attempt++) {
            Project candidate = draft.withSlug(projects.freeSlugLike(draft.slug()));
            try {
                return unitOfWork.nested(() -> projects.add(candidate, ownerMembershipId));
            } catch (ProjectSlugTakenException taken) {
                if (attempt == MAX_SLUG_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }
}
