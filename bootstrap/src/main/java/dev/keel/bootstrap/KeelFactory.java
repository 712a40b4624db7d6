package dev.keel.bootstrap;

import dev.keel.application.identity.auth.SignInThrottleSettings;
import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.application.identity.user.SignUpSettings;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

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
    PasswordHasher passwordHasher(@Value("${keel.password.argon2.memory-kib:7168}") int memoryKib,
                                  @Value("${keel.password.argon2.iterations:5}") int iterations,
                                  @Value("${keel.password.argon2.parallelism:1}") int parallelism,
                                  @Value("${keel.password.max-concurrent-hashes:0}") int maxConcurrentHashes) {
        int limit = maxConcurrentHashes > 0 ? maxConcurrentHashes : Runtime.getRuntime().availableProcessors();
        Argon2idPasswordHasher argon2 = new Argon2idPasswordHasher(memoryKib, iterations, parallelism);
        return new MemoryBoundedPasswordHasher(argon2, limit, argon2.memoryKib(), argon2::memoryKibToCheck);
    }

    /** {@code KEEL_SIGNUP}: {@code open} (default) or {@code closed}; anything else stops the start. */
    @Singleton
    SignUpSettings signUpSettings(@Value("${keel.auth.signup:open}") String signUp) {
        return switch (signUp.strip()) {
            case "open" -> new SignUpSettings(true);
            case "closed" -> new SignUpSettings(false);
            default -> throw new IllegalArgumentException("KEEL_SIGNUP must be open or closed, not '" + signUp + "'");
        };
    }

    @Singleton
    SignInThrottleSettings signInThrottleSettings(
            @Value("${keel.auth.throttle.max-failures-per-email:5}") int perEmail,
            @Value("${keel.auth.throttle.max-failures-per-address:50}") int perAddress,
            @Value("${keel.auth.throttle.window:15m}") Duration window) {
        return new SignInThrottleSettings(perEmail, perAddress, window);
    }
}
