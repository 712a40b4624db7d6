package dev.keel.bootstrap.e2e;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.FilterMatcher;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.FilterRoute;
import io.micronaut.web.router.RouteBuilder;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every server filter applies to every request, and picks the requests it acts on in its own code. While all of them
 * do, the router hands each request one list of filters made and sorted once; a single filter bound to a path, an HTTP
 * method or a filter-matcher annotation makes it match every filter's patterns, collect and sort the list again for
 * every request (2.6 % of a read's CPU in the profile of bench/README.md).
 */
@MicronautTest
class FilterRoutesTest {

    @Inject
    Router router;

    @Inject
    List<RouteBuilder> routeBuilders;

    @Test
    void noServerFilterIsBoundToPathsMethodsOrMatcherAnnotations() {
        List<String> bound = routeBuilders.stream()
                .flatMap(builder -> builder.getFilterRoutes().stream())
                .filter(route -> !route.isPreMatching() && !matchesEveryRequest(route))
                .map(route -> route.getFilter() + " on " + Arrays.toString(route.getPatterns()))
                .toList();

        assertThat(bound).as("filters bound to some requests only").isEmpty();
    }

    @Test
    void everyRequestGetsTheSameSortedListOfFilters() {
        var read = router.findFilters(HttpRequest.GET("/api/v1/users/01900000-0000-7000-8000-000000000001"));
        var head = router.findFilters(HttpRequest.HEAD("/health/readiness"));

        assertThat(read).isNotEmpty().isSameAs(head);
    }

    private static boolean matchesEveryRequest(FilterRoute route) {
        return !route.hasMethods()
                && !route.getAnnotationMetadata().hasStereotype(FilterMatcher.NAME)
                && Arrays.stream(route.getPatterns()).allMatch(ServerFilter.MATCH_ALL_PATTERN::equals);
    }
}
