package dev.keel.adapter.persistence;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The outgoing ports the adapter needs besides the database, which bootstrap provides in production.
 * Off wherever bootstrap is on the classpath: a reactor build may hand bootstrap this module's whole
 * test-classes folder instead of the filtered test-jar.
 */
@Factory
@Requires(missingClasses = "dev.keel.bootstrap.KeelApplication")
class PersistenceTestBeans {

    @Singleton
    Clock clock() {
        return () -> Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Singleton
    IdGenerator idGenerator() {
        return UUID::randomUUID;
    }
}
