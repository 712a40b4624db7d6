package dev.keel.bootstrap.e2e;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Test-only filter that answers {@code /test/bare-status/<code>} with that status and no body, the way a
 * framework filter refuses a request (Micronaut's management endpoints answer a bare 401, its CORS filter a bare
 * 403), to show that such answers still reach clients as problems. It matches every path and picks its own, as
 * every filter here does ({@link FilterRoutesTest}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(env = Environment.TEST)
class BareStatusProbeFilter {

    private static final String PATH = "/test/bare-status/";

    @RequestFilter
    public @Nullable HttpResponse<?> answer(HttpRequest<?> request) {
        String path = request.getPath();
        if (!path.startsWith(PATH)) {
            return null;
        }
        return HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(
                Integer.parseInt(path.substring(path.lastIndexOf('/') + 1))));
    }
}
