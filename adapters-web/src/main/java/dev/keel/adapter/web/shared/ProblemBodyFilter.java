package dev.keel.adapter.web.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives every error response that some filter answered with a bare status (the framework's refusal of a foreign
 * Origin, a 401 of a protected endpoint) its problem+json body. It wraps every other filter but the request id's,
 * so it sees their answers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class ProblemBodyFilter implements Ordered {

    private static final int ORDER = ServerFilterPhase.FIRST.after();

    private final ProblemResponses problems;

    ProblemBodyFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @ResponseFilter
    public @Nullable HttpResponse<?> fillEmptyError(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || response.getBody().isPresent() || request.getMethod() == HttpMethod.HEAD) {
            return null;
        }
        if (response.code() == HttpStatus.FORBIDDEN.getCode() && request.getHeaders().contains(HttpHeaders.ORIGIN)) {
            return problems.fill(response, request, ProblemType.FORBIDDEN,
                    "Requests from another origin (Origin header) are refused: this API does not serve browsers of other sites",
                    null);
        }
        return problems.forStatus(response, request);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
