package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.shared.idempotency.IdempotencyStore;

/** The in-memory fake keeps the {@link IdempotencyStore} contract, as the PostgreSQL adapter does. */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
