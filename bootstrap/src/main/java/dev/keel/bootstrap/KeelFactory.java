package dev.keel.bootstrap;

import dev.keel.application.shared.idempotency.IdempotencyStore;
import dev.keel.application.shared.idempotency.IdempotentExecution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.identity.user.CreateUserService;
import dev.keel.application.identity.user.CreateUserUseCase;
import dev.keel.application.identity.user.DeleteUserService;
import dev.keel.application.identity.user.DeleteUserUseCase;
import dev.keel.application.identity.user.FindUserService;
import dev.keel.application.identity.user.FindUserUseCase;
import dev.keel.application.identity.user.FindUsersService;
import dev.keel.application.identity.user.FindUsersUseCase;
import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.application.identity.user.RestoreUserService;
import dev.keel.application.identity.user.RestoreUserUseCase;
import dev.keel.application.identity.user.UpdateUserService;
import dev.keel.application.identity.user.UpdateUserUseCase;
import dev.keel.domain.identity.user.UserRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Wires the framework-free core: use cases, and the outgoing ports that are not adapters of their own. */
@Factory
class KeelFactory {

    @Singleton
    Clock clock() {
        return new SystemClock(java.time.Clock.systemUTC());
    }

    @Singleton
    IdGenerator idGenerator() {
        return new UuidV7Generator(System::currentTimeMillis);
    }

    @Singleton
    PasswordHasher passwordHasher(@Value("${keel.password.argon2.memory-kib:19456}") int memoryKib,
                                  @Value("${keel.password.argon2.iterations:2}") int iterations,
                                  @Value("${keel.password.argon2.parallelism:1}") int parallelism,
                                  @Value("${keel.password.max-concurrent-hashes:0}") int maxConcurrentHashes) {
        int limit = maxConcurrentHashes > 0 ? maxConcurrentHashes : Runtime.getRuntime().availableProcessors();
        return new ConcurrencyLimitedPasswordHasher(new Argon2idPasswordHasher(memoryKib, iterations, parallelism), limit);
    }

    @Singleton
    IdempotentExecution idempotentExecution(IdempotencyStore store, Clock clock) {
        return new IdempotentExecution(store, clock);
    }

    @Singleton
    CreateUserUseCase createUser(UserRepository users, PasswordHasher hasher, UnitOfWork unitOfWork, Clock clock,
                                 IdGenerator ids) {
        return new CreateUserService(users, hasher, unitOfWork, clock, ids);
    }

    @Singleton
    FindUserUseCase findUser(UserRepository users, UnitOfWork unitOfWork) {
        return new FindUserService(users, unitOfWork);
    }

    @Singleton
    FindUsersUseCase findUsers(UserRepository users, UnitOfWork unitOfWork) {
        return new FindUsersService(users, unitOfWork);
    }

    @Singleton
    UpdateUserUseCase updateUser(UserRepository users, PasswordHasher hasher, UnitOfWork unitOfWork, Clock clock) {
        return new UpdateUserService(users, hasher, unitOfWork, clock);
    }

    @Singleton
    DeleteUserUseCase deleteUser(UserRepository users, UnitOfWork unitOfWork, Clock clock) {
        return new DeleteUserService(users, unitOfWork, clock);
    }

    @Singleton
    RestoreUserUseCase restoreUser(UserRepository users, UnitOfWork unitOfWork, Clock clock) {
        return new RestoreUserService(users, unitOfWork, clock);
    }
}
