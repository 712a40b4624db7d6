package dev.keel.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The service's logging, set up in code when Logback starts (a {@link Configurator} found through
 * {@code META-INF/services}): log lines on standard output, the access log as lines of its own, the root level from
 * {@code KEEL_LOG_LEVEL} (a system property or an environment variable; {@code WARN} when absent) and {@code dev.keel},
 * {@code io.micronaut}, {@code org.flywaydb} and the access log at {@code INFO}.
 * <p>
 * In code rather than in a {@code logback.xml}: Logback's XML configuration took about 40 ms of the main thread at
 * every start (most of it registering its model handlers through annotations read reflectively), for five loggers and
 * two appenders. A Logback configuration file still wins when one is given: {@code -Dlogback.configurationFile}, or a
 * {@code logback-test.xml} or {@code logback.xml} on the class path (the tests' own, for one).
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    static final String LEVEL_VARIABLE = "KEEL_LOG_LEVEL";
    static final String ACCESS_LOGGER = "HTTP_ACCESS_LOGGER";
    static final String LINE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{36} - %msg%n";
    static final String ACCESS_LINE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} ACCESS %msg%n";
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
    private static final String[] CONFIGURATION_FILES = {"logback-test.xml", "logback.xml"};

    private final UnaryOperator<String> variables;
    private final ClassLoader classLoader;

    /** As Logback makes it: variables from the system properties, then the environment. */
    public ConsoleLogging() {
        this(ConsoleLogging::systemVariable, ConsoleLogging.class.getClassLoader());
    }

    ConsoleLogging(UnaryOperator<String> variables, ClassLoader classLoader) {
        this.variables = variables;
        this.classLoader = classLoader;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configurationFileGiven()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        applyTo(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets the service's logging up on {@code context}, whatever configuration files there are. */
    public void applyTo(LoggerContext context) {
        Logger access = context.getLogger(ACCESS_LOGGER);
        access.setLevel(Level.INFO);
        access.setAdditive(false);
        access.addAppender(console(context, "ACCESS", ACCESS_LINE_PATTERN));
        context.getLogger("dev.keel").setLevel(Level.INFO);
        // Unexpected errors are logged once, with the request id, by ProblemJsonErrorResponseProcessor.
        context.getLogger("io.micronaut.http.server.RouteExecutor").setLevel(Level.OFF);
        context.getLogger("io.micronaut").setLevel(Level.INFO);
        context.getLogger("org.flywaydb").setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel());
        root.addAppender(console(context, "STDOUT", LINE_PATTERN));
    }

    private boolean configurationFileGiven() {
        if (System.getProperty("logback.configurationFile") != null) {
            return true;
        }
        for (String file : CONFIGURATION_FILES) {
            if (classLoader.getResource(file) != null) {
                return true;
            }
        }
        return false;
    }

    /** {@code KEEL_LOG_LEVEL}, or {@code WARN} when it is absent, blank or no level (with a warning on the console). */
    private Level rootLevel() {
        String value = variables.apply(LEVEL_VARIABLE);
        if (value == null || value.isBlank()) {
            return Level.WARN;
        }
        if (!LEVELS.contains(value.strip().toUpperCase(Locale.ROOT))) {
            System.err.printf("keel: %s=%s is no log level (one of %s); logging at WARN%n", LEVEL_VARIABLE, value,
                    "TRACE, DEBUG, INFO, WARN, ERROR, OFF");
            return Level.WARN;
        }
        return Level.toLevel(value.strip());
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    private static String systemVariable(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }
}
