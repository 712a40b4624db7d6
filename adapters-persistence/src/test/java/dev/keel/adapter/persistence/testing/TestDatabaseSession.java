package dev.keel.adapter.persistence.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens one {@link TestDatabase} per test run (a JUnit launcher session) and publishes it as system
 * properties, which every Micronaut test context reads; drops it when the run ends.
 */
public final class TestDatabaseSession implements LauncherSessionListener {

    private static volatile TestDatabase current;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (current == null) {
            current = TestDatabase.start();
            current.micronautProperties().forEach(System::setProperty);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase database = current;
        current = null;
        if (database != null) {
            database.close();
        }
    }

    /** The database of the running session, for tests that need a raw connection. */
    public static TestDatabase database() {
        if (current == null) {
            throw new IllegalStateException("No test database: is TestDatabaseSession registered as a launcher session listener?");
        }
        return current;
    }
}
