package dev.keel.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that can never be accepted, whatever the state of the system: raised before any work starts. It keeps
 * the first {@link #MAX_REPORTED} violations and the total count, so that a body with a million bad fields
 * costs a bounded error.
 */
public final class ValidationException extends DomainException {

    public static final int MAX_REPORTED = 50;

    private final transient List<FieldViolation> violations;
    private final int total;

    public ValidationException(List<FieldViolation> violations) {
        super("validation", "Invalid request", summary(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations.subList(0, Math.min(violations.size(), MAX_REPORTED)));
        this.total = violations.size();
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldViolation(field, message)));
    }

    /** The reported violations: all of them, or the first {@link #MAX_REPORTED}. */
    @Override
    public List<FieldViolation> fields() {
        return violations();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** How many violations were found, reported or not. */
    public int total() {
        return total;
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.stream().limit(MAX_REPORTED).map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
    }
}
