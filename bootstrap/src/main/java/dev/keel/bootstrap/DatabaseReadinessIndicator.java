package dev.keel.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Readiness of the database within a deadline of its own: a pooled connection that answers
 * {@code isValid}, or DOWN as soon as the deadline passes, however long the pool itself would wait (its
 * connection timeout) or a dead server would keep the check hanging. Replaces Micronaut's JDBC indicator,
 * which waits as long as the pool does.
 * <p>
 * Its first UP is the moment the start ends for a readiness probe: {@link #firstReady()} completes with it.
 */
@Singleton
@Readiness
public final class DatabaseReadinessIndicator implements HealthIndicator {

    private static final String NAME = "database";
    private static final Executor CHECKS = Executors.newVirtualThreadPerTaskExecutor();

    private final DataSource dataSource;
    private final Duration deadline;
    private final CompletableFuture<Void> firstReady = new CompletableFuture<>();

    DatabaseReadinessIndicator(DataSource dataSource,
                               @Value("${keel.health.database-timeout:1s}") Duration deadline) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.deadline = deadline;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CompletableFuture<HealthResult> check = CompletableFuture.supplyAsync(this::check, CHECKS)
                .completeOnTimeout(result(HealthStatus.DOWN), deadline.toMillis(), TimeUnit.MILLISECONDS);
        return Publishers.fromCompletableFuture(check);
    }

    /** Completes when a check first finds the database, before that check's answer goes out. */
    CompletionStage<Void> firstReady() {
        return firstReady.copy();
    }

    private HealthResult check() {
        boolean valid;
        try (Connection connection = dataSource.getConnection()) {
            valid = connection.isValid((int) Math.max(1, deadline.toSeconds()));
        } catch (Exception e) {
            valid = false;
        }
        if (valid) {
            firstReady.complete(null);
        }
        return result(valid ? HealthStatus.UP : HealthStatus.DOWN);
    }

    private static HealthResult result(HealthStatus status) {
        return HealthResult.builder(NAME, status).build();
    }
}
