package dev.keel.adapter.web.shared.query;

import dev.keel.adapter.web.shared.ProblemResponses;
import dev.keel.adapter.web.shared.UndecodableQueryValues;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Refuses, before any controller runs, a query string that its route did not declare exactly: unknown
 * parameters, a single-valued parameter given twice, values that are not of the declared type. Every such
 * parameter is reported at once. The route's declaration (its {@code @QueryValue} arguments and
 * {@code @RequestBean} records) is the only list of parameters there is. The records are bound here, from the
 * values checked, and handed to the controller by {@link CheckedQueryBinder}. It checks the API's routes only
 * ({@link UndecodableQueryValues#routeChecks}), with the values the request line's check could not decode; it
 * matches every request and looks at the path itself, for the reason {@link
 * dev.keel.adapter.web.shared.HeadResponseFilter} gives.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class QueryParameterFilter implements Ordered {

    /** The paging parameters a cursor does not depend on: their faults leave the cursor judgeable. */
    private static final Set<String> PAGE_SIZES = Set.of("limit", "page", "size");

    private final ProblemResponses problems;
    private final ListRequests lists;
    private final Map<Object, QueryShape> shapes = new ConcurrentHashMap<>();

    QueryParameterFilter(ProblemResponses problems, ListRequests lists) {
        this.problems = problems;
        this.lists = lists;
    }

    /** After the security filter: an anonymous request to a protected route is a 401, whatever its query. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> checkQuery(HttpRequest<?> request) {
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (!(route instanceof MethodBasedRouteMatch<?, ?> method) || !UndecodableQueryValues.routeChecks(request)) {
            return null;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, values));
        QueryShape shape = shapes.computeIfAbsent(route.getRouteInfo(), info -> QueryShape.of(method.getArguments()));
        if (!query.isEmpty()) {
            List<FieldViolation> violations = faults(request, shape, query);
            if (!violations.isEmpty()) {
                return problems.forException(request, new ValidationException(withListFaults(request, shape, query, violations)))
                        .orElseThrow();
            }
        }
        if (shape.hasBeans()) {
            CheckedQueryBinder.attach(request, shape.beans(query));
        }
        return null;
    }

    /**
     * The values the request line's check could not decode, then the faults of the others against the route, each
     * parameter once, in the order the query gives them.
     */
    private static List<FieldViolation> faults(HttpRequest<?> request, QueryShape shape,
                                               Map<String, List<String>> query) {
        List<FieldViolation> faults = new ArrayList<>(UndecodableQueryValues.of(request));
        Set<String> named = faults.stream().map(FieldViolation::field).collect(Collectors.toSet());
        shape.check(query).stream().filter(fault -> named.add(fault.field())).forEach(faults::add);
        List<String> order = List.copyOf(query.keySet());
        faults.sort(Comparator.comparingInt(fault -> order.indexOf(fault.field())));
        return faults;
    }

    /**
     * A list's query with faults here may have more that only the list can see (a limit out of range, a filter its
     * rules refuse): they are reported with these, each parameter once, as the list would report them.
     */
    private List<FieldViolation> withListFaults(HttpRequest<?> request, QueryShape shape, Map<String, List<String>> query,
                                                List<FieldViolation> faults) {
        Set<String> faulty = faults.stream().map(FieldViolation::field).collect(Collectors.toSet());
        ListParameters<?> parameters = null;
        Paging paging = null;
        List<Object> beans;
        try {
            beans = shape.partialBeans(query, faulty);
        } catch (RuntimeException e) {
            // A record that refuses to be made without its faulty parameters: the faults found here still make the 400.
            return faults;
        }
        for (Object bean : beans) {
            if (bean instanceof ListParameters<?> list) {
                parameters = list;
            } else if (bean instanceof Paging page) {
                paging = page;
            }
        }
        if (parameters == null || paging == null) {
            return faults;
        }
        List<FieldViolation> all = new ArrayList<>(faults);
        lists.faults(request, parameters, paging, PAGE_SIZES.containsAll(faulty)).stream()
                .filter(fault -> !faulty.contains(fault.field()))
                .forEach(all::add);
        return all;
    }
}
