package dev.keel.adapter.web.identity.auth;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.reader.TokenReader;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenFetcherTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final Actor ADA = new Actor(new UserId(UUID.randomUUID()), Role.MEMBER, new SessionId(UUID.randomUUID()));

    private final JwtKeys keys = new JwtKeys(JwtKeys.generate("k1"), List.of());
    private final AccessTokenValidator validator = new AccessTokenValidator(keys, () -> NOW);
    private final String genuine = new JwtAccessTokenIssuer(keys).issue(ADA, NOW, NOW.plus(Duration.ofMinutes(15)));
    private final List<TokenValidatedEvent> events = new ArrayList<>();
    private final HttpRequest<?> request = HttpRequest.GET("/api/v1/users");

    @Test
    void aTokenThatVerifiesGivesItsCallerAndIsKeptOnTheRequest() {
        Optional<Authentication> caller = fetch(List.of(genuine));

        assertThat(caller).map(Actors::of).contains(ADA);
        assertThat(request.getAttribute(SecurityFilter.TOKEN, String.class)).contains(genuine);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getSource()).isEqualTo(genuine);
            assertThat(event.getHost()).contains("https://keel.example");
            assertThat(event.getLocale()).isEqualTo(Locale.GERMAN);
        });
    }

    @Test
    void theFirstTokenThatVerifiesGivesTheCaller() {
        Optional<Authentication> caller = fetch(List.of("not-a-token", genuine));

        assertThat(caller).map(Actors::of).contains(ADA);
        assertThat(request.getAttribute(SecurityFilter.TOKEN, String.class)).contains(genuine);
        assertThat(events).hasSize(1);
    }

    @Test
    void aReaderThatFindsNoTokenIsPassedOver() {
        List<TokenReader<HttpRequest<?>>> readers = List.of(request -> Optional.empty(),
                request -> Optional.of(genuine));
        AccessTokenFetcher fetcher = new AccessTokenFetcher(readers, validator, events::add,
                request -> "https://keel.example", locales());

        assertThat(Mono.from(fetcher.fetchAuthentication(request)).blockOptional()).map(Actors::of).contains(ADA);
    }

    @Test
    void aRequestWithoutAVerifiedTokenHasNoCaller() {
        assertThat(fetch(List.of())).isEmpty();
        assertThat(fetch(List.of("not-a-token", genuine + "x"))).isEmpty();

        assertThat(request.getAttribute(SecurityFilter.TOKEN)).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void noEventIsMadeWhenNothingListens() {
        AccessTokenFetcher fetcher = new AccessTokenFetcher(readersOf(List.of(genuine)), validator,
                ApplicationEventPublisher.noOp(), request -> {
                    throw new AssertionError("the host is resolved only for a listener");
                }, locales());

        assertThat(Mono.from(fetcher.fetchAuthentication(request)).blockOptional()).map(Actors::of).contains(ADA);
    }

    private Optional<Authentication> fetch(List<String> tokens) {
        AccessTokenFetcher fetcher = new AccessTokenFetcher(readersOf(tokens), validator, events::add,
                request -> "https://keel.example", locales());
        return Mono.from(fetcher.fetchAuthentication(request)).blockOptional();
    }

    /** One token reader per token, each finding its token in every request. */
    private static List<TokenReader<HttpRequest<?>>> readersOf(List<String> tokens) {
        return tokens.stream().<TokenReader<HttpRequest<?>>>map(token -> request -> Optional.of(token)).toList();
    }

    private static HttpLocaleResolver locales() {
        return new HttpLocaleResolver() {
            @Override
            public Optional<Locale> resolve(HttpRequest<?> request) {
                return Optional.of(Locale.GERMAN);
            }

            @Override
            public Locale resolveOrDefault(HttpRequest<?> request) {
                return Locale.GERMAN;
            }
        };
    }
}
