package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.DomainException;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;

/** Every exception the domain raises on purpose becomes its problem+json response (4xx). */
@Singleton
@Produces
final class DomainExceptionHandler extends ProblemExceptionHandler<DomainException> {

    DomainExceptionHandler(ProblemResponses problems) {
        super(problems);
    }
}
