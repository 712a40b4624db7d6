package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectRepository;

import java.util.UUID;

/** The in-memory fake keeps the {@link ProjectRepository} contract, as the PostgreSQL adapter does. */
class InMemoryProjectRepositoryTest extends ProjectRepositoryContract {

    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected ProjectRepository projects() {
        return projects;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected UserId newUser() {
        UserId id = new UserId(UUID.randomUUID());
        projects.addUser(id, "Member " + run, id + "@example.com");
        return id;
    }
}
