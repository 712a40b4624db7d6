package dev.keel.adapter.web.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives every request an id, and every response the {@code X-Request-Id} header (the access log prints it) and the
 * {@code Date} header ({@link HttpDate}; Micronaut's own is off).
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements io.micronaut.core.order.Ordered {

    @RequestFilter
    public void assignId(HttpRequest<?> request) {
        RequestIds.assign(request);
    }

    @ResponseFilter
    public void stampResponse(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(RequestIds.HEADER, RequestIds.of(request));
        response.getHeaders().set(HttpHeaders.DATE, HttpDate.now());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
