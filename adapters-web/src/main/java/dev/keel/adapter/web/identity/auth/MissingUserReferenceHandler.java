package dev.keel.adapter.web.identity.auth;

import dev.keel.adapter.web.shared.ProblemResponses;
import dev.keel.adapter.web.shared.ProblemType;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.MissingUserReferenceException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/**
 * A write that named a user removed for good. When that user is the caller (an access token outlives its user for up
 * to its 15 minutes; checking that the user still exists on every request would cost every read a statement), the
 * token names no one any more: 401 {@code invalid_token}, as for any token that proves nothing. Anyone else was
 * removed while the request ran: 409.
 */
@Singleton
@Produces
final class MissingUserReferenceHandler
        implements ExceptionHandler<MissingUserReferenceException, MutableHttpResponse<?>> {

    private final ProblemResponses problems;

    MissingUserReferenceHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, MissingUserReferenceException exception) {
        HttpRequest<?> typed = request;
        boolean caller = typed.getUserPrincipal(Authentication.class).flatMap(Actors::optional)
                .map(Actor::userId)
                .filter(id -> id.value().equals(exception.userId()))
                .isPresent();
        if (caller) {
            return problems.fill(HttpResponse.unauthorized().header(HttpHeaders.WWW_AUTHENTICATE,
                            ProblemResponses.INVALID_TOKEN_CHALLENGE), request, ProblemType.UNAUTHORIZED,
                    "The access token's user no longer exists", null);
        }
        return problems.problem(request, ProblemType.CONFLICT,
                "A user this request refers to was removed meanwhile; read the resource again");
    }
}
