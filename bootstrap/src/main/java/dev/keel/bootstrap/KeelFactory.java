package dev.keel.bootstrap;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The outgoing ports that bootstrap implements itself. Use cases need no wiring here: they carry
 * {@code @Singleton}, and the import factory that the build generates from the application module's packages
 * (micronaut-maven-plugin, {@code generate-import-factory}) makes them beans.
 */
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
}
