package dev.keel.adapter.persistence.identity.auth;

import dev.keel.application.identity.auth.SignInAttempts;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.testing.SignInAttemptsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** The PostgreSQL adapter keeps the {@link SignInAttempts} contract, as the in-memory fake does. */
@MicronautTest(transactional = false)
class SignInAttemptPersistenceAdapterContractTest extends SignInAttemptsContract {

    @Inject
    SignInAttemptPersistenceAdapter attempts;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected SignInAttempts attempts() {
        return attempts;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
