package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.UserRepository;

/** The in-memory fake keeps the {@link SessionRepository} contract, as the PostgreSQL adapter does. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

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
