package dev.keel.domain.shared;

/** A well-formed command that the domain's rules refuse in the current state. */
public non-sealed class BusinessRuleViolationException extends DomainException {

    public BusinessRuleViolationException(String message) {
        this("business-rule", "Request refused by a business rule", message);
    }

    /** A refusal with a problem code (and so an API problem type) of its own. */
    protected BusinessRuleViolationException(String problemCode, String problemTitle, String message) {
        super(problemCode, problemTitle, message);
    }
}
