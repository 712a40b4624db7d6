package dev.keel.application.shared;

/** The database, or a connection to it, could not be had in time. The caller may retry later. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
