package dev.keel.domain.shared;

/**
 * Base of every error the domain raises on purpose. The hierarchy is closed: each permitted kind stands for
 * one protocol status, so a new kind cannot silently fall into a default. A context refines a kind by
 * subclassing it, and may give its refinement a problem code of its own (its API type) without editing any
 * shared list.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationException, NotFoundException, ConflictException, VersionMismatchException,
        BusinessRuleViolationException, UnauthenticatedException, ForbiddenException, TooManyAttemptsException {

    private final String problemCode;
    private final String problemTitle;

    protected DomainException(String problemCode, String problemTitle, String message) {
        super(message, null, false, false);
        this.problemCode = problemCode;
        this.problemTitle = problemTitle;
    }

    /** A stable, lower-case, hyphenated name of this kind of problem, e.g. {@code wip-limit-reached}. */
    public String problemCode() {
        return problemCode;
    }

    /** The fields of the request this problem is about, each with what is wrong with it; empty for most problems. */
    public java.util.List<FieldViolation> fields() {
        return java.util.List.of();
    }

    /** A short summary that is the same for every problem of this code. */
    public String problemTitle() {
        return problemTitle;
    }
}
