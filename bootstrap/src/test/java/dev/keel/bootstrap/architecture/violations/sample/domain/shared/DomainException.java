package dev.keel.bootstrap.architecture.violations.sample.domain.shared;

/** Compliant: a shared domain type, which every aggregate package may use. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
