package dev.keel.adapter.web.shared;

import dev.keel.application.shared.DatabaseUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** No connection in time, or the database refused: 503 with Retry-After, so clients back off and retry. */
@Singleton
@Produces
final class DatabaseUnavailableExceptionHandler extends ProblemExceptionHandler<DatabaseUnavailableException> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableExceptionHandler.class);

    DatabaseUnavailableExceptionHandler(ProblemResponses problems) {
        super(problems);
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DatabaseUnavailableException exception) {
        Throwable cause = exception.getCause() == null ? exception : exception.getCause();
        LOG.warn("{} {} [{}] answered 503: {}", request.getMethod(), request.getPath(), RequestIds.of(request),
                cause.getMessage());
        return super.handle(request, exception);
    }
}
