package dev.keel.adapter.web.identity.auth;

import dev.keel.adapter.web.shared.ProblemResponses;
import dev.keel.adapter.web.shared.ProblemType;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The security filter's refusals as problem+json: 401 with {@code WWW-Authenticate: Bearer} when the request
 * carries no valid access token ({@code error="invalid_token"} when it carried one that is not valid), 403 when
 * the caller's role may not use the route.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ProblemResponses problems;

    AuthorizationProblemHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return problems.problem(request, ProblemType.FORBIDDEN, "Your role may not use this endpoint");
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return problems.fill(HttpResponse.unauthorized().header(HttpHeaders.WWW_AUTHENTICATE,
                        tokenSent ? ProblemResponses.INVALID_TOKEN_CHALLENGE : ProblemResponses.BEARER_CHALLENGE),
                request, ProblemType.UNAUTHORIZED, tokenSent
                        ? "The access token is not valid (expired, tampered with, or signed by an unknown key): refresh it or sign in again"
                        : "This resource requires a valid access token (Authorization: Bearer <token>)", null);
    }
}
