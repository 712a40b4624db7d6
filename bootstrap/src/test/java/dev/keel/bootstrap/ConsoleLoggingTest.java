package dev.keel.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLoggingTest {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @TempDir
    Path directory;

    @Test
    void logsLinesWithTheUtcTimeLevelThreadAndLoggerAndTheAccessLogOnLinesOfItsOwn() throws IOException {
        LoggerContext context = configured(Map.of());

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(line(root, "STDOUT", "dev.keel.bootstrap.KeelApplication", Level.WARN, "disk low"))
                .matches(TIME + " WARN  \\[main\\] dev\\.keel\\.bootstrap\\.KeelApplication - disk low\n");
        Logger access = context.getLogger(ConsoleLogging.ACCESS_LOGGER);
        assertThat(access.isAdditive()).as("access lines also on the root's appender").isFalse();
        assertThat(line(access, "ACCESS", ConsoleLogging.ACCESS_LOGGER, Level.INFO,
                "127.0.0.1 \"GET /health HTTP/1.1\" 200"))
                .matches(TIME + " ACCESS 127\\.0\\.0\\.1 \"GET /health HTTP/1\\.1\" 200\n");
    }

    @Test
    void theRootLogsWarningsUnlessKeelLogLevelSaysOtherwiseAndKeelsOwnLoggersInformation() throws IOException {
        LoggerContext byDefault = configured(Map.of());
        assertThat(byDefault.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        assertThat(byDefault.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(byDefault.getLogger("dev.keel.adapter.web.Anything").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(byDefault.getLogger("io.micronaut.runtime.Micronaut").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(byDefault.getLogger("org.flywaydb.core.FlywayExecutor").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(byDefault.getLogger("io.micronaut.http.server.RouteExecutor").getLevel()).isEqualTo(Level.OFF);

        assertThat(configured(Map.of("KEEL_LOG_LEVEL", "debug")).getLogger(Logger.ROOT_LOGGER_NAME).getLevel())
                .isEqualTo(Level.DEBUG);
        assertThat(configured(Map.of("KEEL_LOG_LEVEL", " ")).getLogger(Logger.ROOT_LOGGER_NAME).getLevel())
                .isEqualTo(Level.WARN);
        assertThat(configured(Map.of("KEEL_LOG_LEVEL", "verbose")).getLogger(Logger.ROOT_LOGGER_NAME).getLevel())
                .as("no level: WARN, not Logback's DEBUG").isEqualTo(Level.WARN);
    }

    @Test
    void aLogbackConfigurationFileOnTheClassPathIsLeftToLogback() throws IOException {
        Path jar = TestJars.jar(directory.resolve("logging.jar"), Map.of("logback.xml", "<configuration/>"));
        try (URLClassLoader withFile = TestJars.onlyThe(jar)) {
            LoggerContext context = new LoggerContext();
            ConsoleLogging logging = new ConsoleLogging(name -> null, withFile);
            logging.setContext(context);

            assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        }
    }

    private LoggerContext configured(Map<String, String> variables) throws IOException {
        Path jar = TestJars.jar(directory.resolve("plain-" + variables.hashCode() + ".jar"), Map.of("a.txt", "a"));
        try (URLClassLoader withoutFiles = TestJars.onlyThe(jar)) {
            LoggerContext context = new LoggerContext();
            ConsoleLogging logging = new ConsoleLogging(variables::get, withoutFiles);
            logging.setContext(context);
            assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            return context;
        }
    }

    /** The line the named appender of {@code logger} writes for one event of the main thread. */
    private static String line(Logger logger, String appender, String loggerName, Level level, String message) {
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> output =
                (OutputStreamAppender<ILoggingEvent>) logger.getAppender(appender);
        assertThat(output).as(appender + " on " + logger.getName()).isNotNull();
        LoggingEvent event = new LoggingEvent();
        event.setLoggerName(loggerName);
        event.setLevel(level);
        event.setMessage(message);
        event.setThreadName("main");
        event.setInstant(Instant.now());
        event.setLoggerContext(logger.getLoggerContext());
        return new String(output.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}
