package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.FieldViolation;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;

import java.util.List;

/**
 * The query parameters whose values {@link RequestLineFilter} could not decode (a NUL character, invalid UTF-8), handed
 * on to the check of the route's query parameters, so that they are reported in one 400 with the route's other faulty
 * parameters instead of hiding them.
 */
public final class UndecodableQueryValues {

    private static final String ATTRIBUTE = UndecodableQueryValues.class.getName();
    private static final String API = "/api/";

    private UndecodableQueryValues() {
    }

    /** Whether the request's query parameters are checked against its route: an API endpoint's. */
    public static boolean routeChecks(HttpRequest<?> request) {
        return request.getPath().startsWith(API)
                && RouteAttributes.getRouteMatch(request).orElse(null) instanceof MethodBasedRouteMatch<?, ?>;
    }

    static void attach(HttpRequest<?> request, List<FieldViolation> faults) {
        request.setAttribute(ATTRIBUTE, List.copyOf(faults));
    }

    /** The faults {@link RequestLineFilter} found in the request's query values; empty when none. */
    @SuppressWarnings("unchecked")
    public static List<FieldViolation> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE).map(faults -> (List<FieldViolation>) faults).orElse(List.of());
    }
}
