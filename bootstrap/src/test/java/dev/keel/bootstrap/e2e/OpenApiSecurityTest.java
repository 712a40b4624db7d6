package dev.keel.bootstrap.e2e;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document declares the bearer scheme, and each operation's security follows its route's
 * {@code @Secured} rule: anonymous routes need no token (sign-up takes one optionally), every other route requires
 * it. Built from the router, so a new route is checked without editing this test.
 */
@MicronautTest
class OpenApiSecurityTest extends EndToEndTest {

    private static final Map<String, List<Object>> BEARER = Map.of("bearer", List.of());
    private static final Map<String, Object> NONE = Map.of();

    @Inject
    Router router;

    @Test
    void theBearerSchemeIsDeclaredAndRequiredByDefault() {
        Map<String, Object> document = document();

        assertThat(map(map(document, "components"), "securitySchemes")).containsOnlyKeys("bearer");
        assertThat(map(map(map(document, "components"), "securitySchemes"), "bearer"))
                .containsEntry("type", "http").containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat(document.get("security")).isEqualTo(List.of(BEARER));
    }

    @Test
    void eachOperationsSecurityFollowsItsRoutesRule() {
        Map<String, Object> document = document();
        Map<String, Object> paths = map(document, "paths");
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .filter(route -> route.getTargetMethod().getDeclaringType().getPackageName().startsWith("dev.keel.adapter.web"))
                .toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(14);

        for (UriRouteInfo<?, ?> route : routes) {
            String path = route.getUriMatchTemplate().toPathString();
            String name = route.getHttpMethod() + " " + path;
            Map<String, Object> operation = map(map(paths, path), route.getHttpMethod().name().toLowerCase(Locale.ROOT));
            Object effective = operation.getOrDefault("security", document.get("security"));
            boolean anonymous = List.of(route.getAnnotationMetadata().stringValues(Secured.class))
                    .contains(SecurityRule.IS_ANONYMOUS);
            if (name.equals("POST /api/v1/users")) {
                assertThat(effective).as("%s: a token is optional", name).isEqualTo(List.of(NONE, BEARER));
            } else if (anonymous) {
                assertThat(effective).as("%s: no token", name).isEqualTo(List.of(NONE));
            } else {
                assertThat(effective).as("%s: a bearer token", name).isEqualTo(List.of(BEARER));
            }
        }
    }

    @Test
    void anonymousRoutesOfTheDocumentAreExactlyTheOnesTheIssueOpens() {
        Map<String, Object> paths = map(document(), "paths");

        assertThat(map(map(paths, "/api/v1/auth/token"), "post")).containsEntry("security", List.of(NONE));
        assertThat(map(map(paths, "/api/v1/auth/refresh"), "post")).containsEntry("security", List.of(NONE));
        assertThat(map(map(paths, "/.well-known/jwks.json"), "get")).containsEntry("security", List.of(NONE));
        assertThat(map(map(paths, "/api/v1/.well-known/jwks.json"), "get")).containsEntry("security", List.of(NONE));
        assertThat(map(map(paths, "/api/v1/auth/logout"), "post")).doesNotContainKey("security");
        assertThat(paths.keySet()).as("health is served but not part of the API document").noneMatch(p -> p.startsWith("/health"));
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
    }

    private Map<String, Object> document() {
        Api.Response document = anonymous.get("/swagger/keel.yml");
        assertThat(document.status()).as("GET /swagger/keel.yml").isEqualTo(200);
        return new Yaml().load(document.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertThat(child).as("'%s' in %s", key, parent.keySet()).isInstanceOf(Map.class);
        return (Map<String, Object>) child;
    }
}
