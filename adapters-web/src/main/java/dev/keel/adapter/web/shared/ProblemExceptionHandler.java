package dev.keel.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;

/** Answers an exception of type {@code E} with the problem response {@link ProblemResponses} maps it to. */
abstract class ProblemExceptionHandler<E extends RuntimeException> implements ExceptionHandler<E, HttpResponse<?>> {

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, E exception) {
        return problems.forException(request, exception).orElseThrow(() -> exception);
    }
}
