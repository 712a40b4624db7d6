package dev.keel.domain.shared;

/** Base of every error the domain raises on purpose; adapters translate the subtypes into protocol errors. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
