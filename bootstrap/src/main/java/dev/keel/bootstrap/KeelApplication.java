package dev.keel.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/**
 * Starts Keel. Without a configured database ({@code DATASOURCES_DEFAULT_URL}) it first starts an embedded
 * PostgreSQL whose data lives in {@code KEEL_DATA_DIR}, and stops it after the application context on shutdown.
 */
public final class KeelApplication {

    private KeelApplication() {
    }

    public static void main(String[] args) {
        DevelopmentDatabase database = DevelopmentDatabase.startUnlessConfigured(System.getenv(), System.getProperties());
        ApplicationContext context = Micronaut.build(args)
                .mainClass(KeelApplication.class)
                .properties(database.micronautProperties())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // The pool must close before the database it talks to.
            if (context.isRunning()) {
                context.close();
            }
            database.close();
        }, "keel-shutdown"));
    }
}
