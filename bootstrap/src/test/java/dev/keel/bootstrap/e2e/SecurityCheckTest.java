package dev.keel.bootstrap.e2e;

import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.bearer.BearerTokenReader;
import io.micronaut.security.token.reader.TokenReader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SecurityCheckFilter, the request filter that makes Micronaut Security's check, decides as Micronaut's own
 * SecurityFilter would: a route no rule allows is refused, 401 to anonymous callers and 403 to signed-in ones; a path
 * that matches no route is left to its 404. Every endpoint's decision is in {@link AuthorizationMatrixTest}.
 */
@MicronautTest
class SecurityCheckTest {

    private static final String UNSECURED = "/test/unsecured";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    Router router;

    @Inject
    BeanContext beans;

    @Test
    void aRouteWithoutSecuredIsRefusedToAnonymousAndSignedInCallers() {
        var anonymous = assertProblem(new Api(server, json).get(UNSECURED), 401, "unauthorized");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(new Api(server, json).asAdmin().get(UNSECURED), 403, "forbidden");
    }

    @Test
    void aPathWithoutARouteIsNotFoundForAnonymousAndSignedInCallers() {
        assertProblem(new Api(server, json).get("/api/v1/no-such-resource"), 404, "not-found");
        assertProblem(new Api(server, json).asAdmin().get("/api/v1/no-such-resource"), 404, "not-found");
    }

    /** The router's filters name their beans only in their descriptions (the framework's filter types are internal). */
    @Test
    void micronautsOwnSecurityFilterIsReplacedInTheFilterChain() {
        List<String> filters = router.findFilters(HttpRequest.GET("/api/v1/users")).stream().map(Object::toString).toList();

        assertThat(filters).anyMatch(filter -> filter.contains("SecurityCheckFilter@"))
                .noneMatch(filter -> filter.contains(SecurityFilter.class.getName() + "@"));
    }

    @Test
    void bearerTokensAreReadByKeelsFetcherInPlaceOfMicronauts() {
        List<String> fetchers = beans.getBeansOfType(Argument.of(AuthenticationFetcher.class, HttpRequest.class))
                .stream().map(fetcher -> fetcher.getClass().getName()).toList();

        assertThat(fetchers).contains("dev.keel.adapter.web.identity.auth.AccessTokenFetcher")
                .doesNotContain(TokenAuthenticationFetcher.class.getName());
        assertThat(new Api(server, json).asAdmin().get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theBearerHeaderIsReadByKeelsReaderInPlaceOfMicronauts() {
        List<String> readers = beans.getBeansOfType(Argument.of(TokenReader.class, HttpRequest.class))
                .stream().map(reader -> reader.getClass().getName()).toList();

        assertThat(readers).containsOnlyOnce("dev.keel.adapter.web.identity.auth.BearerHeaderTokenReader")
                .doesNotContain(BearerTokenReader.class.getName());
    }
}
