package dev.keel.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

import java.time.Duration;

/**
 * Starts Keel. Without a configured database ({@code DATASOURCES_DEFAULT_URL}) it first starts an embedded
 * PostgreSQL whose data lives in {@code KEEL_DATA_DIR}, and stops it after the application context on shutdown.
 */
public final class KeelApplication {

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private KeelApplication() {
    }

    public static void main(String[] args) {
        DevelopmentDatabase database = DevelopmentDatabase.startUnlessConfigured(System.getenv(), System.getProperties());
        ApplicationContext context = Micronaut.build(args)
                .mainClass(KeelApplication.class)
                .banner(false)
                .properties(database.micronautProperties())
                .start();
        // Micronaut's own shutdown hook stops the context (and so closes the pool); stopping the context from
        // here as well would race it into a deadlock. This hook only waits for that, then stops the database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitStopped(context, SHUTDOWN_GRACE);
            database.close();
        }, "keel-database-shutdown"));
    }

    private static void awaitStopped(ApplicationContext context, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
