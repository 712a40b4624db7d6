package dev.keel.adapter.persistence.shared.idempotency;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.shared.idempotency.IdempotencyStore;
import dev.keel.application.testing.IdempotencyStoreContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

/** The PostgreSQL adapter keeps the {@link IdempotencyStore} contract, as the in-memory fake does. */
@MicronautTest(transactional = false)
class IdempotencyPersistenceAdapterContractTest extends IdempotencyStoreContract {

    @Inject
    IdempotencyPersistenceAdapter store;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
