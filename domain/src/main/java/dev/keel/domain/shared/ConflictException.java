package dev.keel.domain.shared;

/** The command clashes with the current state of other data, such as a value that must be unique. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
