package dev.keel.adapter.web.shared;

import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.domain.shared.BusinessRuleViolationException;
import dev.keel.domain.shared.ConflictException;
import dev.keel.domain.shared.DomainException;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.NotFoundException;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.VersionMismatchException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Builds problem+json responses, and knows which application exceptions become which problem. Details
 * are written for API clients: never a stack trace, SQL text or class name.
 */
@Singleton
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private final int retryAfterSeconds;

    ProblemResponses(@Value("${keel.http.retry-after-seconds:2}") int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public MutableHttpResponse<ProblemDetail> problem(HttpRequest<?> request, ProblemType type, String detail) {
        return problem(request, type, detail, null);
    }

    public MutableHttpResponse<ProblemDetail> problem(HttpRequest<?> request, ProblemType type, String detail,
                                                      List<FieldViolation> violations) {
        return fill(HttpResponse.status(type.status()), request, type, detail, violations);
    }

    /** Gives {@code response} (keeping its status and headers, such as Allow) a problem body of {@code type}. */
    public <T> MutableHttpResponse<ProblemDetail> fill(MutableHttpResponse<T> response, HttpRequest<?> request,
                                                       ProblemType type, String detail,
                                                       List<FieldViolation> violations) {
        List<ProblemDetail.FieldError> errors = violations == null ? null
                : violations.stream().map(v -> new ProblemDetail.FieldError(v.field(), v.message())).toList();
        var body = new ProblemDetail(type.uri(), type.title(), response.code(), detail, request.getPath(),
                RequestIds.of(request), errors);
        if (response.code() == ProblemType.SERVICE_UNAVAILABLE.status().getCode()) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        return response.contentType(PROBLEM_JSON).body(body);
    }

    /** The problem response for an exception the application raises on purpose; empty for anything else. */
    public Optional<MutableHttpResponse<ProblemDetail>> forException(HttpRequest<?> request, Throwable failure) {
        return Optional.ofNullable(switch (failure) {
            case MalformedBodyException e -> problem(request, ProblemType.MALFORMED_REQUEST, e.getMessage());
            case ValidationException e -> problem(request, ProblemType.VALIDATION,
                    "The request has invalid fields: see errors", e.violations());
            case NotFoundException e -> problem(request, ProblemType.NOT_FOUND, e.getMessage());
            case VersionMismatchException e -> problem(request, ProblemType.PRECONDITION_FAILED,
                    "If-Match does not match the current version (" + e.actual() + "); read the resource again");
            case ConflictException e -> problem(request, ProblemType.CONFLICT, e.getMessage());
            case BusinessRuleViolationException e -> problem(request, ProblemType.BUSINESS_RULE, e.getMessage());
            case DomainException e -> problem(request, ProblemType.BUSINESS_RULE, e.getMessage());
            case DatabaseUnavailableException e -> problem(request, ProblemType.SERVICE_UNAVAILABLE,
                    "The database cannot serve this request right now; retry shortly");
            default -> null;
        });
    }
}
