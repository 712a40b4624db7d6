package dev.keel.adapter.web.shared;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.RouteAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Gives the answer to a HEAD request the Content-Length its GET would have (RFC 9110, section 9.3.2), so that the
 * connection stays open: the framework sets the body of a HEAD answer aside before the filters see it
 * ({@link RouteAttributes#getHeadBody}) and closes the connection after a HEAD answer without a Content-Length. The
 * length is that of the JSON the GET would send ({@link ContentNegotiationFilter} gives the Content-Type). It is left
 * out, and the connection closed as before, when the GET's length could differ: the client accepts a compressed
 * encoding, or the body is not JSON (the OpenAPI document, Swagger UI's files).
 * <p>
 * It matches every request and looks at the method itself: a filter limited to some methods or paths makes the
 * framework match, collect and sort every request's filters anew ({@code FilterRoutesTest}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class HeadResponseFilter implements Ordered {

    private final JsonMapper json;

    HeadResponseFilter(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    public void giveContentLength(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.HEAD || request.getHeaders().contains(HttpHeaders.ACCEPT_ENCODING)
                || response.getHeaders().contentLength().isPresent()) {
            return;
        }
        Object body = RouteAttributes.getHeadBody(response).orElse(null);
        boolean json = response.getContentType().map(MediaType::getExtension).filter("json"::equals).isPresent();
        if (body == null || !json || body instanceof CharSequence || body instanceof byte[]) {
            return;
        }
        try {
            response.contentLength(this.json.writeValueAsBytes(body).length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not measure the body of a HEAD answer", e);
        }
    }

    /** Outside {@link ContentNegotiationFilter}, so that its Content-Type is set by the time this filter looks. */
    @Override
    public int getOrder() {
        return RequestLineFilter.ORDER + 15;
    }
}
