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
import reactor.core.Fuseable;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Micronaut Security's check of every request, made as {@link SecurityFilter} makes it, with the same authentication
 * fetchers and security rules in the same order: the first fetcher that finds an authentication gives it; the first
 * rule that allows or rejects decides; a request no rule decides passes only when it matches no route (its 404) and
 * {@code micronaut.security.reject-not-found} is off. A refusal is the same {@link AuthorizationException}, which
 * {@link AuthorizationProblemHandler} answers.
 * <p>
 * The difference is how the request goes on. {@link SecurityFilter} is a filter of the older kind: it calls the rest
 * of the chain inside its Reactor pipeline, so the controller's answer and every later filter ran through a dozen
 * Reactor operators, on every request. This one is a request filter that returns the request or the refusal. It also
 * takes each fetcher's and rule's answer as a {@link CompletableFuture} rather than through a chain of Reactor
 * operators: every fetcher and rule Keel has answers at once, so the decision is made while the filter runs and the
 * framework carries on with a completed future (bench/README.md has the profiles). A fetcher or rule that answers
 * later is waited for without blocking, the next one asked only after it.
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
    public CompletableFuture<HttpRequest<?>> check(HttpRequest<?> request) {
        request.setAttribute(SecurityFilter.KEY, true);
        return authentication(request, 0).thenCompose(authentication -> decide(request, authentication));
    }

    /** The authentication of the first fetcher from {@code next} on that finds one; null when none does. */
    private CompletableFuture<@Nullable Authentication> authentication(HttpRequest<?> request, int next) {
        if (next == fetchers.size()) {
            return CompletableFuture.completedFuture(null);
        }
        return firstOf(fetchers.get(next).fetchAuthentication(request)).thenCompose(authentication ->
                authentication != null ? CompletableFuture.completedFuture(authentication) : authentication(request, next + 1));
    }

    /** The request itself when it may go on, else the refusal. */
    private CompletableFuture<HttpRequest<?>> decide(HttpRequest<?> request, @Nullable Authentication authentication) {
        request.setAttribute(SecurityFilter.AUTHENTICATION, authentication);
        return decision(request, authentication, 0).thenCompose(result -> switch (result) {
            case ALLOWED -> CompletableFuture.completedFuture(request);
            case REJECTED -> reject(request, authentication);
            case UNKNOWN -> RouteAttributes.getRouteMatch(request).isEmpty() && !rejectNotFound
                    ? CompletableFuture.completedFuture(request) : reject(request, authentication);
        });
    }

    /** The answer of the first rule from {@code next} on that allows or rejects; UNKNOWN when none does. */
    private CompletableFuture<SecurityRuleResult> decision(HttpRequest<?> request, @Nullable Authentication authentication,
                                                           int next) {
        if (next == rules.size()) {
            return CompletableFuture.completedFuture(SecurityRuleResult.UNKNOWN);
        }
        return firstOf(rules.get(next).check(request, authentication)).thenCompose(result ->
                result == null || result == SecurityRuleResult.UNKNOWN
                        ? decision(request, authentication, next + 1) : CompletableFuture.completedFuture(result));
    }

    /** The publisher's first item (null if it completes empty), without waiting when it answers at once. */
    @SuppressWarnings("unchecked")
    private static <T> CompletableFuture<@Nullable T> firstOf(Publisher<T> publisher) {
        if (publisher instanceof Fuseable.ScalarCallable<?> answered) {
            // Mono.just and Mono.empty hold their answer: take it rather than subscribe.
            try {
                return CompletableFuture.completedFuture((T) answered.call());
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return Mono.from(publisher).toFuture();
    }

    private static CompletableFuture<HttpRequest<?>> reject(HttpRequest<?> request, @Nullable Authentication authentication) {
        request.setAttribute(SecurityFilter.REJECTION, authentication == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
        return CompletableFuture.failedFuture(new AuthorizationException(authentication));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
