package dev.keel.adapter.web.shared;

import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.domain.shared.BusinessRuleViolationException;
import dev.keel.domain.shared.ConflictException;
import dev.keel.domain.shared.DomainException;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ForbiddenException;
import dev.keel.domain.shared.TooManyAttemptsException;
import dev.keel.domain.shared.UnauthenticatedException;
import dev.keel.domain.shared.NotFoundException;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.VersionMismatchException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
    /** The challenge of every 401 (RFC 6750): credentials go in {@code Authorization: Bearer <token>}. */
    public static final String BEARER_CHALLENGE = "Bearer";
    /** The challenge of a 401 whose bearer token was there but not valid (expired, tampered, unknown key). */
    public static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    private final int retryAfterSeconds;
    private final @Nullable TransportProblems transportProblems;

    ProblemResponses(@Value("${keel.http.retry-after-seconds:2}") int retryAfterSeconds,
                     @Nullable TransportProblems transportProblems) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.transportProblems = transportProblems;
    }

    public MutableHttpResponse<ProblemDetail> problem(HttpRequest<?> request, ProblemType type, String detail) {
        return fill(HttpResponse.status(type.status()), request, type, detail, null);
    }

    /** Gives {@code response} (keeping its status and headers, such as Allow) a problem body of {@code type}. */
    public <T> MutableHttpResponse<ProblemDetail> fill(MutableHttpResponse<T> response, HttpRequest<?> request,
                                                       ProblemType type, String detail,
                                                       List<FieldViolation> violations) {
        return fill(response, request, type.uri(), type.title(), detail, violations, request.getPath());
    }

    /** The problem of {@code request} at the transport level (see {@link TransportProblems}), if it has one. */
    public Optional<MutableHttpResponse<ProblemDetail>> forTransport(HttpRequest<?> request) {
        return transportProblems == null ? Optional.empty()
                : transportProblems.of(request).map(problem -> problem(request, problem));
    }

    /** The problem of a request the server refused at the transport level. */
    public MutableHttpResponse<ProblemDetail> problem(HttpRequest<?> request, TransportProblems.TransportProblem problem) {
        ProblemType type = problem.type();
        return fill(HttpResponse.status(type.status()), request, type.uri(), type.title(), problem.detail(), null,
                problem.targetKnown() ? request.getPath() : null);
    }

    private <T> MutableHttpResponse<ProblemDetail> fill(MutableHttpResponse<T> response, HttpRequest<?> request,
                                                        String typeUri, String title, String detail,
                                                        List<FieldViolation> violations, String instance) {
        List<ProblemDetail.FieldError> errors = violations == null ? null
                : violations.stream().map(v -> new ProblemDetail.FieldError(v.field(), v.message())).toList();
        String requestId = RequestIds.of(request);
        var body = new ProblemDetail(typeUri, title, response.code(), detail, instance, requestId, errors);
        if (response.code() == ProblemType.SERVICE_UNAVAILABLE.status().getCode()) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        if (response.code() == ProblemType.UNAUTHORIZED.status().getCode()
                && !response.getHeaders().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        // Requests the server refuses before its filters run (an unreadable request line, oversized headers) get
        // no headers from RequestIdFilter: the problem carries them itself.
        response.header(RequestIds.HEADER, requestId);
        response.header(HttpHeaders.DATE, HttpDate.now());
        return response.contentType(PROBLEM_JSON).body(body);
    }

    /**
     * Gives {@code response}, a bare status the framework or a filter produced on its own (unknown route, wrong
     * method, refused origin...), the problem body of that status, keeping its headers (such as Allow).
     */
    public <T> MutableHttpResponse<ProblemDetail> forStatus(MutableHttpResponse<T> response, HttpRequest<?> request) {
        ProblemType type = ProblemType.forStatus(response.code());
        return fill(response, request, type, detailFor(type, response.code()), null);
    }

    private static String detailFor(ProblemType type, int status) {
        return switch (type) {
            case NOT_FOUND -> "No resource or endpoint matches this path";
            case METHOD_NOT_ALLOWED -> "This endpoint does not support the request method; see the Allow header";
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not accept the request's Content-Type";
            case NOT_ACCEPTABLE -> "This endpoint cannot produce any media type the Accept header allows";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this endpoint accepts";
            case MALFORMED_REQUEST -> status == 400 ? "The request could not be read"
                    : "The request could not be processed (HTTP " + status + ")";
            case UNAUTHORIZED -> "This resource requires a valid access token (Authorization: Bearer <token>)";
            case TOO_MANY_REQUESTS -> "Too many requests; see Retry-After";
            case FORBIDDEN -> "The request was refused";
            case SERVICE_UNAVAILABLE -> "The service cannot serve this request right now; retry shortly";
            case INTERNAL -> "An unexpected error occurred; report the requestId if it persists";
            default -> type.title();
        };
    }

    /** The problem response for an exception the application raises on purpose; empty for anything else. */
    public Optional<MutableHttpResponse<ProblemDetail>> forException(HttpRequest<?> request, Throwable failure) {
        return Optional.ofNullable(switch (failure) {
            case MalformedBodyException e -> problem(request, ProblemType.MALFORMED_REQUEST, e.getMessage());
            case TooManyAttemptsException e -> fill(HttpResponse.status(statusOf(e))
                            .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds()))),
                    request, ProblemType.URI_PREFIX + e.problemCode(), e.problemTitle(), e.getMessage(), null,
                    request.getPath());
            case DomainException e -> fill(HttpResponse.status(statusOf(e)), request,
                    ProblemType.URI_PREFIX + e.problemCode(), e.problemTitle(), detailOf(e),
                    e.fields().isEmpty() ? null : e.fields(), request.getPath());
            case DatabaseUnavailableException e -> problem(request, ProblemType.SERVICE_UNAVAILABLE,
                    "The database cannot serve this request right now; retry shortly");
            default -> null;
        });
    }

    /** The one status of each kind of domain error; the switch has no default, so a new kind must be added. */
    public static HttpStatus statusOf(DomainException failure) {
        return switch (failure) {
            case ValidationException e -> HttpStatus.BAD_REQUEST;
            case NotFoundException e -> HttpStatus.NOT_FOUND;
            case ConflictException e -> HttpStatus.CONFLICT;
            case VersionMismatchException e -> HttpStatus.PRECONDITION_FAILED;
            case BusinessRuleViolationException e -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UnauthenticatedException e -> HttpStatus.UNAUTHORIZED;
            case ForbiddenException e -> HttpStatus.FORBIDDEN;
            case TooManyAttemptsException e -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    private static String detailOf(DomainException failure) {
        return switch (failure) {
            case ValidationException e -> e.total() > e.violations().size()
                    ? "The request has " + e.total() + " invalid fields; errors lists the first " + e.violations().size()
                    : "The request has invalid fields: see errors";
            case VersionMismatchException e ->
                    "If-Match does not match the current version (" + e.actual() + "); read the resource again";
            default -> failure.getMessage();
        };
    }
}
