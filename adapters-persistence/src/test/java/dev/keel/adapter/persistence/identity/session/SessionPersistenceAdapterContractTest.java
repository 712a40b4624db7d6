package dev.keel.adapter.persistence.identity.session;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.testing.SessionRepositoryContract;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** The PostgreSQL adapter keeps the {@link SessionRepository} contract, as the in-memory fake does. */
@MicronautTest(transactional = false)
class SessionPersistenceAdapterContractTest extends SessionRepositoryContract {

    @Inject
    SessionPersistenceAdapter sessions;

    @Inject
    UserRepository users;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
