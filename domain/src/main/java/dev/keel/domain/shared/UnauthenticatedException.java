package dev.keel.domain.shared;

/** The caller's credentials are missing, wrong, expired or revoked: the request needs a valid sign-in. */
public non-sealed class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String message) {
        super("unauthorized", "Authentication required", message);
    }
}
