package dev.keel.application.testing;

import dev.keel.application.identity.auth.SignInAttempts;
import dev.keel.application.shared.UnitOfWork;

/** The in-memory fake keeps the {@link SignInAttempts} contract, as the PostgreSQL adapter does. */
class InMemorySignInAttemptsTest extends SignInAttemptsContract {

    private final InMemorySignInAttempts attempts = new InMemorySignInAttempts();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected SignInAttempts attempts() {
        return attempts;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
