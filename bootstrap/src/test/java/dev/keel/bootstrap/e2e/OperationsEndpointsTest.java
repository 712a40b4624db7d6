package dev.keel.bootstrap.e2e;

import io.micronaut.context.BeanContext;
import io.micronaut.http.annotation.Controller;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import dev.keel.bootstrap.DatabaseReadinessIndicator;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The operational surface: health, metrics, the OpenAPI document and Swagger UI, request ids, threading. */
@MicronautTest
class OperationsEndpointsTest {

    private static final String USERS = "/api/v1/users";
    private static final String USER = "/api/v1/users/{id}";
    private static final String RESTORE = "/api/v1/users/{id}/restore";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    @Inject
    BeanContext beans;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server, jsonMapper).asAdmin();
    }

    // ---- Health ---------------------------------------------------------------------------------------------

    @Test
    void healthLivenessAndReadinessAreUpWithoutDetailsForAnonymousCallers() {
        for (String path : List.of("/health", "/health/readiness", "/health/liveness")) {
            Api.Response health = api.get(path);

            assertThat(health.status()).as("%s: %s", path, health).isEqualTo(200);
            assertThat(health.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(health.text("status")).as("%s: %s", path, health).isEqualTo("UP");
            assertThat(health.json().get("details")).as("details of %s: %s", path, health).isNull();
            assertThat(health.body()).as(path).doesNotContainIgnoringCase("jdbc:").doesNotContain("postgres", "keel-db");
        }
    }

    @Test
    void onlyTheApisRoutesRefuseQueryParametersTheyDoNotDeclare() {
        // A probe or a load balancer may add a parameter of its own (a cache buster): the operational endpoints take it.
        assertThat(api.get("/health/readiness?probe=lb-7").status()).isEqualTo(200);
        assertProblem(api.get(USERS + "?probe=lb-7"), 400, "validation");
    }

    @Test
    void readinessIncludesTheDatabaseCheckAndLivenessDoesNot() {
        // With details hidden the HTTP answer cannot show which checks ran; the endpoint's readiness group is every
        // indicator that is not @Liveness, so the database indicator must be among the indicators and not a liveness
        // one. It replaces Micronaut's JDBC indicator, which would wait as long as the pool does.
        Collection<HealthIndicator> all = beans.getBeansOfType(HealthIndicator.class);
        Collection<HealthIndicator> liveness = beans.getBeansOfType(HealthIndicator.class,
                Qualifiers.byStereotype(Liveness.class));

        assertThat(all).noneMatch(JdbcIndicator.class::isInstance);
        List<HealthIndicator> jdbc = all.stream().filter(DatabaseReadinessIndicator.class::isInstance).toList();
        assertThat(jdbc).as("database health indicator among %s", all).hasSize(1);
        assertThat(liveness).as("liveness indicators").doesNotContainAnyElementsOf(jdbc);

        List<HealthResult> results = Flux.from(jdbc.getFirst().getResult()).collectList().block(Duration.ofSeconds(10));
        assertThat(results).isNotEmpty();
        assertThat(results).allSatisfy(result -> assertThat(result.getStatus().getName()).as("%s", result.getDetails())
                .isEqualTo("UP"));
    }

    // ---- Metrics --------------------------------------------------------------------------------------------

    @Test
    void prometheusExposesHikariPoolMetricsOfKeelDbAndJvmMetrics() {
        Api.Response metrics = api.get("/prometheus");

        assertThat(metrics.status()).as("%s", metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        List<String> lines = metrics.body().lines().filter(line -> !line.startsWith("#")).toList();
        // application-test.yml sets no pool-name: the default keel-db of application.yml names the pool.
        assertThat(lines).as("HikariCP pool size").anySatisfy(line -> assertThat(line)
                .startsWith("hikaricp_connections{").contains("pool=\"keel-db\""));
        assertThat(lines).as("HikariCP active connections").anySatisfy(line -> assertThat(line)
                .startsWith("hikaricp_connections_active{").contains("pool=\"keel-db\""));
        assertThat(lines).as("HikariCP pending threads").anySatisfy(line -> assertThat(line)
                .startsWith("hikaricp_connections_pending{").contains("pool=\"keel-db\""));
        assertThat(lines).as("HikariCP max connections (application-test.yml: 6)").anySatisfy(line -> assertThat(line)
                .startsWith("hikaricp_connections_max{").contains("pool=\"keel-db\"").endsWith(" 6.0"));
        assertThat(lines).as("HikariCP acquire timer").anySatisfy(line -> assertThat(line)
                .startsWith("hikaricp_connections_acquire_seconds_count{").contains("pool=\"keel-db\""));
        assertThat(lines).as("units of work waiting for a connection, at the gate before the pool").anySatisfy(line ->
                assertThat(line).startsWith("keel_db_connections_waiting{").contains("pool=\"keel-db\""));
        assertThat(lines).as("JVM memory").anySatisfy(line -> assertThat(line).startsWith("jvm_memory_used_bytes{"));
        assertThat(lines).as("JVM threads").anySatisfy(line -> assertThat(line).startsWith("jvm_threads_live_threads"));
        assertThat(lines).as("JVM GC").anySatisfy(line -> assertThat(line).startsWith("jvm_gc_"));
        assertThat(lines).as("no executor metrics: timing every task cost a read 16-31 % of its CPU")
                .noneMatch(line -> line.startsWith("executor"));
        assertThat(metrics.body()).doesNotContainIgnoringCase("jdbc:");
    }

    // ---- OpenAPI --------------------------------------------------------------------------------------------

    @Test
    void openApiDocumentIsServedAsYaml() {
        Api.Response document = api.get("/swagger/keel.yml");

        assertThat(document.status()).as("%s", document).isEqualTo(200);
        assertThat(openApi()).containsKeys("openapi", "info", "paths", "components");
        assertThat(map(openApi(), "info")).containsEntry("title", "Keel");
    }

    @Test
    void openApiDocumentsEveryUserEndpointWithItsMethod() {
        Map<String, Object> paths = map(openApi(), "paths");

        assertThat(paths).containsKeys(USERS, USER, RESTORE);
        assertThat(map(paths, USERS)).containsKeys("post", "get");
        assertThat(map(paths, USER)).containsKeys("get", "patch", "delete");
        assertThat(map(paths, RESTORE)).containsKeys("post");
    }

    @Test
    void openApiDocumentsTheSuccessAndErrorResponsesOfEveryOperation() {
        assertThat(responses(USERS, "post")).containsOnlyKeys("201", "400", "401", "403", "406", "409", "413", "415",
                "422", "503");
        assertThat(responses(USERS, "get")).containsOnlyKeys("200", "400", "401", "403", "406", "503");
        assertThat(responses(USER, "get")).containsOnlyKeys("200", "400", "401", "404", "406", "503");
        assertThat(responses(USER, "patch")).containsOnlyKeys("200", "400", "401", "403", "404", "406", "409", "412",
                "413", "415", "422", "429", "503");
        assertThat(responses(USER, "delete")).containsOnlyKeys("204", "400", "401", "403", "404", "406", "409", "412",
                "422", "503");
        assertThat(responses(RESTORE, "post")).containsOnlyKeys("200", "400", "401", "403", "404", "406", "409", "422",
                "503");
    }

    @Test
    void openApiDeclaresEachSharedProblemResponseOnceAndOperationsReferenceIt() {
        Map<String, Object> shared = map(map(openApi(), "components"), "responses");
        assertThat(shared).containsKeys("BadRequest", "NotFound", "NotAcceptable", "Conflict", "PreconditionFailed",
                "PayloadTooLarge", "UnsupportedMediaType", "BusinessRule", "ServiceUnavailable");
        map(openApi(), "paths").forEach((path, item) -> ((Map<?, ?>) item).forEach((method, operation) ->
                ((Map<?, ?>) ((Map<?, ?>) operation).get("responses")).forEach((code, response) -> {
                    if (code.toString().startsWith("4") || code.toString().startsWith("5")) {
                        assertThat(((Map<?, ?>) response).containsKey("$ref")).as("%s %s %s references a shared response", method, path, code).isTrue();
                    }
                })));
    }

    @Test
    void openApiResponseSchemasListTheirRequiredFieldsAndRequestSchemasRefuseOthers() {
        Map<String, Object> schemas = map(map(openApi(), "components"), "schemas");
        Map<String, List<String>> alwaysPresent = Map.of(
                "User", List.of("id", "email", "name", "role", "status", "createdAt", "updatedAt", "version"),
                "UserCursorPage", List.of("items", "nextCursor"),
                "UserOffsetPage", List.of("items", "page", "size", "totalItems", "totalPages"),
                "Problem", List.of("type", "title", "status", "detail", "requestId"),
                "FieldError", List.of("field", "message"));
        alwaysPresent.forEach((response, fields) -> assertThat(map(schemas, response).get("required")).as(response)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrderElementsOf(fields));
        for (String request : List.of("CreateUserRequest", "UserPatch", "Problem")) {
            assertThat(map(schemas, request)).as(request).containsEntry("additionalProperties", false);
        }
    }

    @Test
    void theDeclaredProblemSchemaMatchesTheProblemsTheServiceWrites() {
        Map<String, Object> problem = map(map(map(openApi(), "components"), "schemas"), "Problem");

        assertThat(map(problem, "properties").keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(dev.keel.adapter.web.shared.ProblemDetail.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toList());
    }

    @Test
    void openApiErrorResponsesAreProblemJsonAndSuccessesAreJsonUsers() {
        Map<String, List<String>> operations = Map.of(USERS, List.of("post", "get"), USER,
                List.of("get", "patch", "delete"), RESTORE, List.of("post"));
        operations.forEach((path, methods) -> methods.forEach(method -> responses(path, method).forEach((code, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> response = (Map<String, Object>) value;
            String operation = method.toUpperCase() + " " + path + " " + code;
            if (code.startsWith("4") || code.startsWith("5")) {
                Map<String, Object> content = map(response, "content");
                assertThat(content).as(operation).containsOnlyKeys(PROBLEM_JSON);
                assertThat(map(map(content, PROBLEM_JSON), "schema")).as(operation)
                        .containsEntry("$ref", "#/components/schemas/Problem");
            } else if (code.equals("204")) {
                assertThat(response).as(operation).doesNotContainKey("content");
            } else if (!(path.equals(USERS) && method.equals("get"))) {
                assertThat(map(map(map(response, "content"), "application/json"), "schema")).as(operation)
                        .containsEntry("$ref", "#/components/schemas/User");
            }
        })));
    }

    @Test
    void openApiListOperationDocumentsItsQueryParameters() {
        List<Map<String, Object>> parameters = parameters(USERS, "get");

        assertThat(parameters).allSatisfy(parameter -> assertThat(parameter).containsEntry("in", "query"));
        assertThat(parameters).extracting(parameter -> parameter.get("name")).containsExactlyInAnyOrder(
                "status", "role", "q", "createdAfter", "createdBefore", "sort", "limit", "cursor", "page", "size",
                "deleted");
        Map<String, Object> limit = map(parameters.stream().filter(p -> "limit".equals(p.get("name"))).findFirst()
                .orElseThrow(), "schema");
        assertThat(limit).containsEntry("type", "integer").containsEntry("minimum", 1).containsEntry("maximum", 100);
        Map<String, Object> status = map(parameters.stream().filter(p -> "status".equals(p.get("name"))).findFirst()
                .orElseThrow(), "schema");
        String statusRef = ((Map<?, ?>) ((List<?>) status.get("allOf")).getFirst()).get("$ref").toString();
        assertThat(map(map(map(openApi(), "components"), "schemas"), statusRef.substring(statusRef.lastIndexOf('/') + 1))
                .get("enum")).isEqualTo(List.of("ACTIVE", "SUSPENDED"));
    }

    @Test
    void openApiListResponseNamesItsItemTypeAndUnavailableResponsesTheirRetryAfter() {
        Map<String, Object> schemas = map(map(openApi(), "components"), "schemas");
        for (String page : List.of("UserCursorPage", "UserOffsetPage")) {
            assertThat(map(map(map(schemas, page), "properties"), "items").get("items")).as(page)
                    .isEqualTo(Map.of("$ref", "#/components/schemas/User"));
        }
        assertThat(map(map(responses(USERS, "get"), "503"), "headers")).containsKey("Retry-After");
        assertThat(map(map(responses(USERS, "post"), "201"), "headers")).containsKeys("Location", "ETag",
                "Idempotent-Replayed");
        assertThat(map(map(schemas, "UserPatch"), "properties").values())
                .allSatisfy(property -> assertThat(((Map<?, ?>) property).containsKey("nullable")).isFalse());
    }

    @Test
    void openApiDocumentsIdempotencyKeyOnCreateAndIfMatchOnPatchAndDelete() {
        assertThat(parameters(USERS, "post")).anySatisfy(parameter -> assertThat(parameter)
                .containsEntry("name", "Idempotency-Key").containsEntry("in", "header"));
        for (String method : List.of("patch", "delete")) {
            assertThat(parameters(USER, method)).as(method).anySatisfy(parameter -> assertThat(parameter)
                    .containsEntry("name", "If-Match").containsEntry("in", "header"));
            assertThat(parameters(USER, method)).as(method).anySatisfy(parameter -> assertThat(parameter)
                    .containsEntry("name", "id").containsEntry("in", "path").containsEntry("required", true));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiDocumentsIdempotencyKeyOnEveryPostButSignInAndRefresh() {
        // Sign-in and refresh answer with credentials, which are never stored.
        Set<String> unkeyed = Set.of("/api/v1/auth/token", "/api/v1/auth/refresh");
        Map<String, Object> paths = map(openApi(), "paths");
        List<String> posts = new ArrayList<>();
        paths.forEach((path, item) -> {
            Object post = ((Map<String, Object>) item).get("post");
            if (post != null) {
                posts.add(path);
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) post)
                        .getOrDefault("parameters", List.of());
                boolean keyed = parameters.stream().anyMatch(parameter ->
                        "Idempotency-Key".equals(parameter.get("name")) && "header".equals(parameter.get("in")));
                assertThat(keyed).as("Idempotency-Key on POST %s", path).isEqualTo(!unkeyed.contains(path));
            }
        });
        assertThat(posts).contains("/api/v1/tasks/{id}/move", "/api/v1/tasks/{id}/restore", "/api/v1/auth/logout",
                "/api/v1/auth/token", "/api/v1/ledger/accounts", "/api/v1/ledger/accounts/{id}/close",
                "/api/v1/ledger/transfers", "/api/v1/ledger/transfers/batch", "/api/v1/ledger/transfers/{id}/post",
                "/api/v1/ledger/transfers/{id}/void");
    }

    @Test
    void openApiDocumentsRequestBodiesAndSchemas() {
        Map<String, Object> schemas = map(map(openApi(), "components"), "schemas");
        assertThat(schemas).containsKeys("CreateUserRequest", "UserPatch", "User", "Problem");

        Map<String, Object> createBody = map(map(operation(USERS, "post"), "requestBody"), "content");
        assertThat(createBody).containsOnlyKeys("application/json");
        assertThat(map(map(createBody, "application/json"), "schema"))
                .containsEntry("$ref", "#/components/schemas/CreateUserRequest");

        Map<String, Object> patchBody = map(map(operation(USER, "patch"), "requestBody"), "content");
        assertThat(patchBody).containsOnlyKeys("application/merge-patch+json", "application/json");
        patchBody.forEach((mediaType, content) -> assertThat(map(map(patchBody, mediaType), "schema")).as(mediaType)
                .containsEntry("$ref", "#/components/schemas/UserPatch"));

        assertThat(map(map(schemas, "Problem"), "properties"))
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
        assertThat(map(map(schemas, "User"), "properties"))
                .containsKeys("id", "email", "name", "role", "status", "createdAt", "updatedAt", "version")
                .doesNotContainKey("password");
    }

    // ---- Swagger UI -----------------------------------------------------------------------------------------

    @Test
    void swaggerUiIsServedAndLoadsTheKeelDocument() {
        Api.Response index = api.get("/swagger-ui/index.html");

        assertThat(index.status()).as("%s", index.status()).isEqualTo(200);
        assertThat(index.header("Content-Type")).startsWith("text/html");
        assertThat(index.body()).contains("<html", "/swagger/keel.yml", "/swagger-ui/res/swagger-ui-bundle.js");

        assertThat(api.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/res/swagger-ui.css").status()).isEqualTo(200);
    }

    @Test
    void swaggerUiAnswersAtTheBarePathToo() {
        // The static-resource mapping /swagger-ui/** also matches /swagger-ui: it serves index.html, no redirect.
        for (String path : List.of("/swagger-ui", "/swagger-ui/")) {
            Api.Response ui = api.get(path);

            assertThat(ui.status()).as("%s: %s", path, ui.status()).isEqualTo(200);
            assertThat(ui.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(ui.body()).as(path).contains("/swagger/keel.yml");
        }
    }

    // ---- Request ids ----------------------------------------------------------------------------------------

    @Test
    void everyResponseCarriesAGeneratedRequestId() {
        for (String path : List.of("/health", "/prometheus", "/swagger/keel.yml", USERS + "?limit=1",
                "/no/such/path", USERS + "/" + UUID.randomUUID())) {
            Api.Response response = api.get(path);
            assertThat(response.header("X-Request-Id")).as("X-Request-Id of %s (%s)", path, response.status())
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }

        assertProblem(api.get("/no/such/path"), 404, "not-found");
        assertProblem(api.get(USERS + "/" + UUID.randomUUID()), 404, "not-found");
        assertThat(api.get("/health").header("X-Request-Id")).isNotEqualTo(api.get("/health").header("X-Request-Id"));
    }

    @Test
    void aSaneClientRequestIdIsEchoedAndAnInsaneOneReplaced() {
        assertThat(api.get("/health", "X-Request-Id", "abc-123").header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(api.get("/no/such/path", "X-Request-Id", "abc-123").header("X-Request-Id")).isEqualTo("abc-123");
        Api.Response problem = assertProblem(api.get(USERS + "/" + UUID.randomUUID(), "X-Request-Id", "abc-123"),
                404, "not-found");
        assertThat(problem.header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(problem.text("requestId")).isEqualTo("abc-123");

        for (String insane : List.of("has space", "x".repeat(129), "semi;colon", "<script>")) {
            String echoed = api.get("/health", "X-Request-Id", insane).header("X-Request-Id");
            assertThat(echoed).as("id for %s", insane).isNotEqualTo(insane);
            assertThat(UUID.fromString(echoed)).isNotNull();
        }
    }

    // ---- Threading ------------------------------------------------------------------------------------------

    @Test
    void blockingWorkRunsOnVirtualThreadsNeverOnTheEventLoop() {
        // ThreadProbeController is annotated exactly like the real controllers: @ExecuteOn(TaskExecutors.BLOCKING).
        // application.yml makes the blocking executor virtual (micronaut.executors.blocking.virtual) and sets
        // micronaut.server.thread-selection=BLOCKING for any other route. No ArchUnit rule checks @ExecuteOn on
        // controllers yet, so everyProductionControllerRunsOnTheBlockingExecutor below checks it on the bean
        // definitions of the running application.
        for (int i = 0; i < 3; i++) {
            Api.Response probe = api.get("/test/threads");

            assertThat(probe.status()).as("%s", probe).isEqualTo(200);
            assertThat(probe.json().get("virtual").getBooleanValue()).as("%s", probe).isTrue();
            assertThat(probe.text("name")).as("%s", probe).doesNotContainIgnoringCase("eventLoop");
            assertThat(probe.text("thread")).as("%s", probe).doesNotContainIgnoringCase("eventLoop");
        }
    }

    @Test
    void everyProductionControllerRunsOnTheBlockingExecutor() {
        List<BeanDefinition<?>> controllers = beans.getBeanDefinitions(Qualifiers.byStereotype(Controller.class))
                .stream().filter(definition -> definition.getBeanType().getPackageName().startsWith("dev.keel.adapter"))
                .<BeanDefinition<?>>map(definition -> definition).toList();

        assertThat(controllers).extracting(BeanDefinition::getBeanType).extracting(Class::getSimpleName)
                .contains("UserController");
        assertThat(controllers).allSatisfy(controller -> assertThat(
                controller.getAnnotationMetadata().stringValue(ExecuteOn.class))
                .as("@ExecuteOn of %s", controller.getBeanType().getName()).contains(TaskExecutors.BLOCKING));
    }

    // ---- Helpers --------------------------------------------------------------------------------------------

    private Map<String, Object> openApi() {
        Api.Response document = api.get("/swagger/keel.yml");
        assertThat(document.status()).as("GET /swagger/keel.yml").isEqualTo(200);
        return new Yaml().load(document.body());
    }

    private Map<String, Object> operation(String path, String method) {
        return map(map(map(openApi(), "paths"), path), method);
    }

    /** The operation's responses, each shared one ({@code $ref: #/components/responses/...}) resolved. */
    private Map<String, Object> responses(String path, String method) {
        Map<String, Object> document = openApi();
        Map<String, Object> resolved = new java.util.LinkedHashMap<>();
        map(map(map(map(document, "paths"), path), method), "responses").forEach((code, response) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> declared = (Map<String, Object>) response;
            Object ref = declared.get("$ref");
            resolved.put(code, ref == null ? declared : map(map(map(document, "components"), "responses"),
                    ref.toString().substring("#/components/responses/".length())));
        });
        return resolved;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parameters(String path, String method) {
        Object parameters = operation(path, method).get("parameters");
        assertThat(parameters).as("parameters of %s %s", method, path).isInstanceOf(List.class);
        return (List<Map<String, Object>>) parameters;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertThat(child).as("'%s' in %s", key, parent.keySet()).isInstanceOf(Map.class);
        return (Map<String, Object>) child;
    }
}
