package dev.keel.domain.shared;

/** The command clashes with the current state of other data, such as a value that must be unique. */
public non-sealed class ConflictException extends DomainException {

    public ConflictException(String message) {
        this("conflict", "Conflict", message);
    }

    /** A conflict with a problem code (and so an API problem type) of its own. */
    protected ConflictException(String problemCode, String problemTitle, String message) {
        super(problemCode, problemTitle, message);
    }
}
