package dev.keel.bootstrap;

import dev.keel.adapter.web.shared.ProblemResponses;
import dev.keel.adapter.web.shared.ProblemType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;

/** A body whose Content-Encoding (gzip, deflate) does not match its bytes: the client's error, 400, not a 500. */
@Singleton
@Produces
final class DecompressionExceptionHandler implements ExceptionHandler<DecompressionException, HttpResponse<?>> {

    private final ProblemResponses problems;

    DecompressionExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DecompressionException exception) {
        return problems.problem(request, ProblemType.MALFORMED_REQUEST,
                "The request body could not be decompressed: it is not valid data of its Content-Encoding");
    }
}
