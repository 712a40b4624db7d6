package dev.keel.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.runtime.Micronaut;

import java.util.Map;
import java.util.Properties;

/**
 * Starts Keel on the PostgreSQL database it is configured for ({@code DATASOURCES_DEFAULT_URL}, or
 * {@code datasources.default.url} from any Micronaut property source). Without one it refuses to start with
 * a single line saying what to set; it never starts a database of its own. Micronaut's shutdown hook stops
 * the service on {@code SIGTERM}/Ctrl-C.
 */
public final class KeelApplication {

    static final String URL_VARIABLE = "DATASOURCES_DEFAULT_URL";
    static final String URL_PROPERTY = "datasources.default.url";
    /** Exit status when no database is configured: {@code EX_CONFIG} of sysexits.h. */
    static final int NO_DATABASE_STATUS = 78;
    static final String NO_DATABASE_MESSAGE = "keel: no database configured: set DATASOURCES_DEFAULT_URL to the"
            + " JDBC URL of a PostgreSQL database (e.g. jdbc:postgresql://localhost:5432/keel), or start a"
            + " development build on an embedded PostgreSQL with: ./mvnw -Prun -pl bootstrap -am -DskipTests package";

    private KeelApplication() {
    }

    public static void main(String[] args) {
        PackagedServiceIndex.installIfPackaged(KeelApplication.class.getClassLoader());
        if (!databaseUrlGiven(System.getenv(), System.getProperties()) && !databaseUrlConfigured(args)) {
            System.err.println(NO_DATABASE_MESSAGE);
            System.exit(NO_DATABASE_STATUS);
        }
        StartupPriority.raisedWhile(
                () -> micronaut(args).start().getBean(DatabaseReadinessIndicator.class).firstReady());
    }

    /** Keel's Micronaut application, not yet started; the development launcher adds its database to it. */
    public static ApplicationContextBuilder micronaut(String... args) {
        return new Micronaut() {
            private final ClassPathResourceLoader resources =
                    new JarEntryResourceLoader(KeelApplication.class.getClassLoader());

            @Override
            public ClassPathResourceLoader getResourceLoader() {
                return resources;
            }
        }.args(args).mainClass(KeelApplication.class).banner(false);
    }

    /** Whether {@code DATASOURCES_DEFAULT_URL} or {@code -Ddatasources.default.url} names a database. */
    public static boolean databaseUrlGiven(Map<String, String> environment, Properties systemProperties) {
        return present(environment.get(URL_VARIABLE)) || present(systemProperties.getProperty(URL_PROPERTY));
    }

    /** Reads the configuration as the application would (arguments, config files, ...): slower, so only as a fallback. */
    private static boolean databaseUrlConfigured(String[] args) {
        ApplicationContext unstarted = micronaut(args).build();
        Environment environment = unstarted.getEnvironment().start();
        try {
            return present(environment.getProperty(URL_PROPERTY, String.class).orElse(null));
        } finally {
            environment.stop();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
