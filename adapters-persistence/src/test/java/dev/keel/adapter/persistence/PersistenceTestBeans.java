package dev.keel.adapter.persistence;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The outgoing ports the adapter needs besides the database, which bootstrap provides in production. */
@Factory
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
