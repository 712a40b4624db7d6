package dev.keel.adapter.persistence.work.project;

import dev.keel.adapter.persistence.identity.user.UserPersistenceAdapter;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.testing.ProjectRepositoryContract;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.work.project.ProjectRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

/** The PostgreSQL adapter keeps the {@link ProjectRepository} contract, as the in-memory fake does. */
@MicronautTest(transactional = false)
class ProjectPersistenceAdapterContractTest extends ProjectRepositoryContract {

    @Inject
    ProjectPersistenceAdapter projects;

    @Inject
    UserPersistenceAdapter users;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected ProjectRepository projects() {
        return projects;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Memberships refer to stored users (a foreign key): one is stored through identity's adapter. */
    @Override
    protected UserId newUser() {
        UserId id = new UserId(UUID.randomUUID());
        unitOfWork.write(() -> users.add(User.register(id, new Email(id + "@example.com"), new UserName("Member " + run),
                Role.MEMBER, new PasswordHash("$argon2id$fake"), Instant.parse("2031-01-01T00:00:00Z"))));
        return id;
    }
}
