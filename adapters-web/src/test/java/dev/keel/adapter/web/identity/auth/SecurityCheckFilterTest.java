package dev.keel.adapter.web.identity.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfigurationProperties;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order and the outcomes of SecurityCheckFilter's decision, with fetchers and rules that answer at once (as all of
 * Keel's do: the decision is then made before the filter returns) and with ones that answer later. The decisions of
 * the real configuration, endpoint by endpoint, are in bootstrap's AuthorizationMatrixTest.
 */
class SecurityCheckFilterTest {

    private static final Authentication ADA = Authentication.build("ada");

    private final HttpRequest<?> request = HttpRequest.GET("/api/v1/users");

    @Test
    void answersThatComeAtOnceDecideBeforeTheFilterReturns() {
        CompletableFuture<HttpRequest<?>> decision = filter(List.of(fetcher(Mono.empty()), fetcher(Mono.just(ADA))),
                List.of(rule(Mono.just(SecurityRuleResult.UNKNOWN)), rule(Mono.just(SecurityRuleResult.ALLOWED)))).check(request);

        assertThat(decision).isCompletedWithValue(request);
        assertThat(request.getAttribute(SecurityFilter.AUTHENTICATION)).contains(ADA);
        assertThat(request.getAttribute(SecurityFilter.KEY)).contains(true);
    }

    @Test
    void answersThatComeLaterAreAwaitedInOrder() {
        Sinks.One<Authentication> firstFetcher = Sinks.one();
        Sinks.One<Authentication> secondFetcher = Sinks.one();
        Sinks.One<SecurityRuleResult> firstRule = Sinks.one();
        AtomicInteger secondRuleAsked = new AtomicInteger();
        CompletableFuture<HttpRequest<?>> decision = filter(
                List.of(fetcher(firstFetcher.asMono()), fetcher(secondFetcher.asMono())),
                List.of(rule(firstRule.asMono()), rule(Mono.fromSupplier(() -> {
                    secondRuleAsked.incrementAndGet();
                    return SecurityRuleResult.REJECTED;
                })))).check(request);

        firstFetcher.tryEmitEmpty();
        assertThat(decision).isNotDone();
        secondFetcher.tryEmitValue(ADA);
        assertThat(decision).isNotDone();
        firstRule.tryEmitValue(SecurityRuleResult.ALLOWED);

        assertThat(decision).isCompletedWithValue(request);
        assertThat(request.getAttribute(SecurityFilter.AUTHENTICATION)).contains(ADA);
        assertThat(secondRuleAsked).hasValue(0);
    }

    @Test
    void theFirstFetcherThatFindsAnAuthenticationGivesIt() {
        AtomicInteger secondFetcherAsked = new AtomicInteger();
        filter(List.of(fetcher(Mono.just(ADA)), fetcher(Mono.fromSupplier(() -> {
            secondFetcherAsked.incrementAndGet();
            return Authentication.build("grace");
        }))), List.of(rule(Mono.just(SecurityRuleResult.ALLOWED)))).check(request).join();

        assertThat(request.getAttribute(SecurityFilter.AUTHENTICATION)).contains(ADA);
        assertThat(secondFetcherAsked).hasValue(0);
    }

    @Test
    void aRejectionRefusesAnonymousCallersWith401AndSignedInOnesWith403() {
        assertRefused(filter(List.of(), List.of(rule(Mono.just(SecurityRuleResult.REJECTED)))).check(request),
                HttpStatus.UNAUTHORIZED);
        assertRefused(filter(List.of(fetcher(Mono.just(ADA))),
                List.of(rule(Mono.just(SecurityRuleResult.REJECTED)))).check(request), HttpStatus.FORBIDDEN);
    }

    @Test
    void aRequestNoRuleDecidesPassesOnlyWhenItMatchesNoRouteAndNotFoundIsNotRejected() {
        List<SecurityRule<HttpRequest<?>>> undecided = List.of(rule(Mono.just(SecurityRuleResult.UNKNOWN)), rule(Mono.empty()));

        assertThat(filter(List.of(), undecided).check(request)).isCompletedWithValue(request);
        assertRefused(filter(List.of(), undecided, true).check(request), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aFetcherThatFailsFailsTheCheck() {
        IllegalStateException failure = new IllegalStateException("token store unreachable");

        assertThatThrownBy(() -> filter(List.of(fetcher(Mono.error(failure))), List.of()).check(request).join())
                .isInstanceOf(CompletionException.class).hasCause(failure);
    }

    private void assertRefused(CompletableFuture<HttpRequest<?>> decision, HttpStatus status) {
        assertThatThrownBy(decision::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(AuthorizationException.class);
        assertThat(request.getAttribute(SecurityFilter.REJECTION)).contains(status);
    }

    private static SecurityCheckFilter filter(List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
                                              List<SecurityRule<HttpRequest<?>>> rules) {
        return filter(fetchers, rules, false);
    }

    private static SecurityCheckFilter filter(List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
                                              List<SecurityRule<HttpRequest<?>>> rules, boolean rejectNotFound) {
        SecurityConfigurationProperties configuration = new SecurityConfigurationProperties();
        configuration.setRejectNotFound(rejectNotFound);
        return new SecurityCheckFilter(fetchers, rules, configuration);
    }

    private static AuthenticationFetcher<HttpRequest<?>> fetcher(Mono<Authentication> answer) {
        return request -> answer;
    }

    private static SecurityRule<HttpRequest<?>> rule(Mono<SecurityRuleResult> answer) {
        return (request, authentication) -> answer;
    }
}
