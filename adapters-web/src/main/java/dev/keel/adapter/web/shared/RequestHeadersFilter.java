package dev.keel.adapter.web.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Refuses, before any endpoint, a request with more header fields than {@code keel.http.max-header-count} (431).
 * The server bounds their total size itself (micronaut.server.netty.max-header-size), not their number.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestHeadersFilter implements Ordered {

    private final ProblemResponses problems;
    private final int maxHeaderCount;

    RequestHeadersFilter(ProblemResponses problems, @Value("${keel.http.max-header-count:100}") int maxHeaderCount) {
        this.problems = problems;
        this.maxHeaderCount = maxHeaderCount;
    }

    @RequestFilter
    public @Nullable HttpResponse<?> checkHeaders(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        int count = headers.names().stream().mapToInt(name -> headers.getAll(name).size()).sum();
        if (count > maxHeaderCount) {
            return problems.problem(request, ProblemType.HEADER_FIELDS_TOO_LARGE,
                    "The request has " + count + " header fields; the server accepts at most " + maxHeaderCount);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return RequestLineFilter.ORDER + 10;
    }
}
