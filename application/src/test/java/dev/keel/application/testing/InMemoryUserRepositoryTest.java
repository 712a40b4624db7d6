package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserRepository;

/** The in-memory fake keeps the {@link UserRepository} contract, as the PostgreSQL adapter does. */
class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
