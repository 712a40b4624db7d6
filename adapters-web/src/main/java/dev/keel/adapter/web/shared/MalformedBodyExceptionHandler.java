package dev.keel.adapter.web.shared;

import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;

/** A body that is not the JSON object it should be: 400 malformed-request. */
@Singleton
@Produces
final class MalformedBodyExceptionHandler extends ProblemExceptionHandler<MalformedBodyException> {

    MalformedBodyExceptionHandler(ProblemResponses problems) {
        super(problems);
    }
}
