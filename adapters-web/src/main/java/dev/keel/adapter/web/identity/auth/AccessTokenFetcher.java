package dev.keel.adapter.web.identity.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.DefaultTokenResolver;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;

/**
 * The caller of a request, from its access token: what Micronaut's {@link TokenAuthenticationFetcher} does (the
 * tokens its {@link DefaultTokenResolver} finds, from the same token readers in the same order; the first token that
 * verifies wins; the token kept as the request's {@link SecurityFilter#TOKEN} attribute; a {@link TokenValidatedEvent}
 * for its listeners), with Keel's one validator asked directly.
 * <p>
 * Micronaut's fetcher collects the tokens through a stream and asks every validator through two nested Reactor
 * {@code flatMap}s, on every request: about 3 % of a read's CPU, and two of C2's larger compilations while the service
 * warms up (Reactor's {@code FlatMapMain.onNext} and {@code Mono.subscribe}, 31 and 21 MB of compiler memory).
 * {@link AccessTokenValidator} replaces the only other validator and answers at once, so this answers with a
 * {@link Mono#just} or {@link Mono#empty}, which {@link SecurityCheckFilter} takes without subscribing.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class AccessTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final List<TokenReader<HttpRequest<?>>> readers;
    private final AccessTokenValidator validator;
    private final ApplicationEventPublisher<TokenValidatedEvent> events;
    private final HttpHostResolver hosts;
    private final HttpLocaleResolver locales;

    AccessTokenFetcher(List<TokenReader<HttpRequest<?>>> readers, AccessTokenValidator validator,
                       ApplicationEventPublisher<TokenValidatedEvent> events, HttpHostResolver hosts,
                       HttpLocaleResolver locales) {
        this.readers = readers;
        this.validator = validator;
        this.events = events;
        this.hosts = hosts;
        this.locales = locales;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        for (TokenReader<HttpRequest<?>> reader : readers) {
            Optional<String> token = reader.findToken(request);
            Optional<Authentication> authentication = token.flatMap(validator::verify);
            if (authentication.isPresent()) {
                request.setAttribute(SecurityFilter.TOKEN, token.get());
                if (!events.isEmpty()) {
                    events.publishEvent(new TokenValidatedEvent(token.get(), hosts.resolve(request),
                            locales.resolveOrDefault(request)));
                }
                return Mono.just(authentication.get());
            }
        }
        return Mono.empty();
    }

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER;
    }
}
