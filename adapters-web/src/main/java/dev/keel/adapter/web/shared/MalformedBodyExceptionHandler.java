package dev.keel.adapter.web.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Produces
final class MalformedBodyExceptionHandler implements ExceptionHandler<MalformedBodyException, HttpResponse<?>> {

    private final ProblemResponses problems;

    MalformedBodyExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MalformedBodyException exception) {
        return problems.forException(request, exception).orElseThrow();
    }
}
