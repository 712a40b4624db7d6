package dev.keel.adapter.persistence.identity.user;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.testing.UserRepositoryContract;
import dev.keel.domain.identity.user.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** The PostgreSQL adapter keeps the {@link UserRepository} contract, as the in-memory fake does. */
@MicronautTest(transactional = false)
class UserPersistenceAdapterContractTest extends UserRepositoryContract {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
