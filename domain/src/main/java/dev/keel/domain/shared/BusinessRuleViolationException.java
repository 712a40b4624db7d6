package dev.keel.domain.shared;

/** A well-formed command that the domain's rules refuse in the current state. */
public class BusinessRuleViolationException extends DomainException {

    public BusinessRuleViolationException(String message) {
        super(message);
    }
}
