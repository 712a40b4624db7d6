package dev.keel.bootstrap;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;
import io.micronaut.management.health.indicator.HealthResult;

/**
 * Gives a health answer the HTTP status of its health status (503 for DOWN, or what
 * {@code endpoints.health.status.http-mapping} says), as Micronaut's {@link HealthResultFilter} does. That filter
 * is bound to the health paths, and one path-bound filter makes the framework match, collect and sort the filters of
 * every request anew; this one matches every request and recognises a health answer by its body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(HealthResultFilter.class)
@Requires(beans = HealthEndpoint.class)
final class HealthStatusFilter {

    private final HealthEndpoint health;

    HealthStatusFilter(HealthEndpoint health) {
        this.health = health;
    }

    @ResponseFilter
    public void giveHealthStatus(MutableHttpResponse<?> response) {
        if (!(response.body() instanceof HealthResult result)) {
            return;
        }
        HealthStatus status = result.getStatus();
        HttpStatus mapped = health.getStatusConfiguration().getHttpMapping().get(status.getName());
        if (mapped != null) {
            response.status(mapped);
        } else if (!status.getOperational().orElse(true)) {
            response.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
    }
}
