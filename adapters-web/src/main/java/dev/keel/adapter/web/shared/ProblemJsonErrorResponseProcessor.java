package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.FieldViolation;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URISyntaxException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

/**
 * Shapes the errors the framework raises itself (unknown route, wrong method, unsupported media type,
 * unreadable body, unconvertible parameter, unexpected exception) as problem+json. The framework's own
 * messages are not passed on: they can name Java types.
 */
// Micronaut's default processor steps aside when another ErrorResponseProcessor bean exists.
@Singleton
final class ProblemJsonErrorResponseProcessor implements ErrorResponseProcessor<ProblemDetail> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemJsonErrorResponseProcessor.class);

    /** Marks the path segment of a management endpoint (this adapter does not depend on the management module). */
    private static final String ENDPOINT_SELECTOR = "io.micronaut.management.endpoint.annotation.Selector";

    private final ProblemResponses problems;

    ProblemJsonErrorResponseProcessor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<ProblemDetail> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        // A request the server could not decode reaches here with a bare 400 or 413 and no cause.
        var transportProblem = problems.forTransport(context.getRequest());
        if (transportProblem.isPresent()) {
            return transportProblem.get();
        }
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof URISyntaxException e) {
            return problems.problem(context.getRequest(), unreadableTarget(e));
        }
        int status = response.code();
        if (cause instanceof ConversionErrorException e && status == HttpStatus.BAD_REQUEST.getCode()) {
            return invalidArgument(context, response, e.getArgument(), false);
        }
        if (cause instanceof UnsatisfiedArgumentException e && status == HttpStatus.BAD_REQUEST.getCode()) {
            return invalidArgument(context, response, e.getArgument(), true);
        }
        if (cause instanceof UnsatisfiedRouteException e && status == HttpStatus.BAD_REQUEST.getCode()) {
            return invalidArgument(context, response, e.getArgument(), true);
        }
        if (ProblemType.forStatus(status) == ProblemType.INTERNAL) {
            LOG.error("{} {} [{}] failed unexpectedly", context.getRequest().getMethod(), context.getRequest().getPath(),
                    RequestIds.of(context.getRequest()), cause);
        }
        return problems.forStatus(response, context.getRequest());
    }

    /** The server could not parse the request target as a URI, and routed a stand-in request for "/" here. */
    private static TransportProblems.TransportProblem unreadableTarget(URISyntaxException e) {
        int query = e.getInput().indexOf('?');
        String part = query >= 0 && e.getIndex() > query ? "The query string" : "The request path";
        return new TransportProblems.TransportProblem(ProblemType.MALFORMED_REQUEST, part + " is not valid: it must be "
                + "percent-encoded, with %XX escapes of two hex digits for every character other than letters, digits "
                + "and -._~!$&'()*+,;=:@/", false);
    }

    private MutableHttpResponse<ProblemDetail> invalidArgument(ErrorContext context, MutableHttpResponse<?> response,
                                                               Argument<?> argument, boolean missing) {
        if (argument.getAnnotationMetadata().hasAnnotation(ENDPOINT_SELECTOR)) {
            // A management endpoint's path segment (/health/{selector}) that names none of its resources.
            return problems.forStatus(response.status(HttpStatus.NOT_FOUND), context.getRequest());
        }
        String name = argument.getName();
        if ("body".equals(name) || argument.isAnnotationPresent(io.micronaut.http.annotation.Body.class)) {
            return problems.fill(response, context.getRequest(), ProblemType.MALFORMED_REQUEST,
                    missing ? "A request body is required" : "The request body could not be read as JSON of the expected shape",
                    null);
        }
        String message = missing ? "is required" : "must be " + expected(argument.getType());
        return problems.fill(response, context.getRequest(), ProblemType.VALIDATION,
                "The request has invalid fields: see errors", List.of(new FieldViolation(name, message)));
    }

    private static String expected(Class<?> type) {
        if (type == UUID.class) {
            return "a valid UUID";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }
}
