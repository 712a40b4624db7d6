package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.DomainException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Every exception the domain raises on purpose becomes its problem+json response (4xx). */
@Singleton
@Produces
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

    private final ProblemResponses problems;

    DomainExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        return problems.forException(request, exception).orElseThrow();
    }
}
