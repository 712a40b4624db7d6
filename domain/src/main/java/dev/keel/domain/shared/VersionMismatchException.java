package dev.keel.domain.shared;

/** The caller's expected version (an HTTP If-Match) is not the current one. */
public final class VersionMismatchException extends DomainException {

    private final long expected;
    private final long actual;

    public VersionMismatchException(String resource, Object id, long expected, long actual) {
        super("precondition-failed", "Precondition failed",
                resource + " " + id + " is at version " + actual + ", not the expected " + expected);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
