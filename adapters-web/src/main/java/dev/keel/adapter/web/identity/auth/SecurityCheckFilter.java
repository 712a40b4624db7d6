package dev.keel.adapter.web.identity.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;

/**
 * Micronaut Security's check of every request, made as {@link SecurityFilter} makes it, with the same authentication
 * fetchers and security rules in the same order: the first fetcher that finds an authentication gives it; the first
 * rule that allows or rejects decides; a request no rule decides passes only when it matches no route (its 404) and
 * {@code micronaut.security.reject-not-found} is off. A refusal is the same {@link AuthorizationException}, which
 * {@link AuthorizationProblemHandler} answers.
 * <p>
 * The difference is how the request goes on. {@link SecurityFilter} is a filter of the older kind: it calls the rest
 * of the chain inside its Reactor pipeline, so the controller's answer and every later filter ran through a dozen
 * Reactor operators, on every request. This one is a request filter: its decision, made at once since every fetcher
 * and rule answers at once, lets the framework carry on without Reactor (bench/README.md has the profiles).
 * <p>
 * It runs instead of {@link SecurityFilter} when {@code micronaut.security.filter.enabled} is false, as
 * application.yml sets it: one of the two always checks every request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "micronaut.security.filter.enabled", value = StringUtils.FALSE)
final class SecurityCheckFilter implements Ordered {

    private final List<AuthenticationFetcher<HttpRequest<?>>> fetchers;
    private final List<SecurityRule<HttpRequest<?>>> rules;
    private final boolean rejectNotFound;

    SecurityCheckFilter(List<AuthenticationFetcher<HttpRequest<?>>> fetchers, List<SecurityRule<HttpRequest<?>>> rules,
                        SecurityConfiguration configuration) {
        this.fetchers = fetchers;
        this.rules = rules;
        this.rejectNotFound = configuration.isRejectNotFound();
    }

    @RequestFilter
    public Publisher<HttpRequest<?>> check(HttpRequest<?> request) {
        request.setAttribute(SecurityFilter.KEY, true);
        return Flux.fromIterable(fetchers)
                .concatMap(fetcher -> fetcher.fetchAuthentication(request))
                .next()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(authentication -> decide(request, authentication.orElse(null)));
    }

    /** The request itself when it may go on, else the refusal. */
    private Mono<HttpRequest<?>> decide(HttpRequest<?> request, @Nullable Authentication authentication) {
        request.setAttribute(SecurityFilter.AUTHENTICATION, authentication);
        return Flux.fromIterable(rules)
                .concatMap(rule -> Mono.from(rule.check(request, authentication))
                        .filter(result -> result != SecurityRuleResult.UNKNOWN))
                .next()
                .defaultIfEmpty(SecurityRuleResult.UNKNOWN)
                .flatMap(result -> switch (result) {
                    case ALLOWED -> Mono.just(request);
                    case REJECTED -> reject(request, authentication);
                    case UNKNOWN -> RouteAttributes.getRouteMatch(request).isEmpty() && !rejectNotFound
                            ? Mono.just(request) : reject(request, authentication);
                });
    }

    private static Mono<HttpRequest<?>> reject(HttpRequest<?> request, @Nullable Authentication authentication) {
        request.setAttribute(SecurityFilter.REJECTION, authentication == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
        return Mono.error(new AuthorizationException(authentication));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
