package dev.keel.domain.shared;

/** The caller is known but may not do this to a resource they can see. */
public non-sealed class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super("forbidden", "Forbidden", message);
    }
}
