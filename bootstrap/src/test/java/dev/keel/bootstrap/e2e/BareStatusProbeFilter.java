package dev.keel.bootstrap.e2e;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Test-only filter that answers {@code /test/bare-status/<code>} with that status and no body, the way a
 * framework filter refuses a request (Micronaut's management endpoints answer a bare 401, its CORS filter a bare
 * 403), to show that such answers still reach clients as problems.
 */
@ServerFilter("/test/bare-status/**")
@Requires(env = Environment.TEST)
class BareStatusProbeFilter {

    @RequestFilter
    public HttpResponse<?> answer(HttpRequest<?> request) {
        String path = request.getPath();
        return HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(
                Integer.parseInt(path.substring(path.lastIndexOf('/') + 1))));
    }
}
