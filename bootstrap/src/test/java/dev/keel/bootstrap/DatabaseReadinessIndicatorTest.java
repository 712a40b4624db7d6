package dev.keel.bootstrap;

import dev.keel.adapter.persistence.testing.TestDatabase;
import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

/** The database check's first UP, which ends the start for the optimizing compiler ({@link StartupPriority}). */
class DatabaseReadinessIndicatorTest {

    @Test
    void firstReadyCompletesWithTheFirstCheckThatFindsTheDatabase() throws IOException {
        TestDatabase session = TestDatabaseSession.database();
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(session.jdbcUrl());
        database.setUser(session.username());
        database.setPassword(session.password());
        int[] serverPorts = database.getPortNumbers();
        database.setPortNumbers(new int[] {unusedPort()});
        DatabaseReadinessIndicator indicator = new DatabaseReadinessIndicator(database, Duration.ofSeconds(1));
        CompletionStage<Void> firstReady = indicator.firstReady();

        assertThat(status(indicator)).as("no server on that port").isEqualTo(HealthStatus.DOWN);
        assertThat(firstReady.toCompletableFuture()).isNotDone();

        database.setPortNumbers(serverPorts);
        assertThat(status(indicator)).isEqualTo(HealthStatus.UP);
        assertThat(firstReady.toCompletableFuture()).isCompleted();
        assertThat(indicator.firstReady().toCompletableFuture()).as("asked for after the first UP").isCompleted();
    }

    @Test
    void theStageGivenOutCannotCompleteTheIndicatorsOwn() {
        DatabaseReadinessIndicator indicator = new DatabaseReadinessIndicator(new PGSimpleDataSource(),
                Duration.ofSeconds(1));

        indicator.firstReady().toCompletableFuture().complete(null);

        assertThat(indicator.firstReady().toCompletableFuture()).isNotDone();
    }

    private static HealthStatus status(DatabaseReadinessIndicator indicator) {
        return Mono.from(indicator.getResult()).map(HealthResult::getStatus).block(Duration.ofSeconds(10));
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
