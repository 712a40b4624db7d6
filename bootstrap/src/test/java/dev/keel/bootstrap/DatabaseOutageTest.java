package dev.keel.bootstrap;

import dev.keel.bootstrap.dev.DevelopmentDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When no connection can be had in time the API answers 503 with Retry-After within about the connection
 * timeout, and serves normally again as soon as the database does. Each test runs its own service on its
 * own embedded PostgreSQL (the development database), so it can starve or stop that database.
 */
class DatabaseOutageTest {

    private static final int CONNECTION_TIMEOUT_MS = 750;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The access token of the user {@link #create} made last: reads need one (it is checked without the database). */
    private String accessToken;

    @Test
    void exhaustedPoolAnswers503WithRetryAfterAndRecovers(@TempDir Path dataDirectory) throws Exception {
        try (DevelopmentDatabase database = DevelopmentDatabase.start(dataDirectory, 0);
             ApplicationContext context = startService(database)) {
            URI users = context.getBean(EmbeddedServer.class).getURI().resolve("/api/v1/users");
            String location = create(users, "pool");
            DataSource pool = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));

            List<Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    held.add(pool.getConnection());
                }
                long started = System.nanoTime();
                HttpResponse<String> starved = get(users.resolve(location));
                long elapsedMs = (System.nanoTime() - started) / 1_000_000;

                assertServiceUnavailable(starved);
                assertThat(elapsedMs).isBetween((long) CONNECTION_TIMEOUT_MS - 50, 5_000L);
                assertServiceUnavailable(post(users, "keyed", "outage-key"));
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
            assertThat(get(users.resolve(location)).statusCode()).isEqualTo(200);
            // A 503 is not remembered under its Idempotency-Key: the retry with the same key runs for real.
            HttpResponse<String> retried = post(users, "keyed", "outage-key");
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
        }
    }

    @Test
    void stoppedDatabaseAnswers503AndServiceRecoversWhenItIsBackWithItsData(@TempDir Path dataDirectory)
            throws Exception {
        int port = freePort();
        DevelopmentDatabase database = DevelopmentDatabase.start(dataDirectory, port);
        try (ApplicationContext context = startService(database)) {
            URI users = context.getBean(EmbeddedServer.class).getURI().resolve("/api/v1/users");
            String location = create(users, "outage");

            database.close();
            assertServiceUnavailable(get(users.resolve(location)));
            assertServiceUnavailable(get(users));
            assertThat(get(users.resolve("/health/readiness")).statusCode()).isEqualTo(503);

            database = DevelopmentDatabase.start(dataDirectory, port);
            HttpResponse<String> recovered = awaitOk(users.resolve(location));
            assertThat(recovered.body()).contains("outage@example.com");
            awaitOk(users.resolve("/health/readiness"));
        } finally {
            database.close();
        }
    }

    @Test
    void stoppedDatabaseUnderConcurrentLoadAnswersEveryone503InBoundedTimeAndReadinessWithinItsOwnDeadline(
            @TempDir Path dataDirectory) throws Exception {
        int port = freePort();
        DevelopmentDatabase database = DevelopmentDatabase.start(dataDirectory, port);
        // The production connection timeout (3 s): readiness must not wait for it.
        try (ApplicationContext context = startService(database, 3_000)) {
            URI base = context.getBean(EmbeddedServer.class).getURI();
            String location = create(base.resolve("/api/v1/users"), "load");
            database.close();

            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> load = new ArrayList<>();
            try (var clients = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                long started = System.nanoTime();
                for (int i = 0; i < 30; i++) {
                    load.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return get(base.resolve(location));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, clients));
                }
                long readinessStarted = System.nanoTime();
                HttpResponse<String> readiness = get(base.resolve("/health/readiness"));
                long readinessMs = (System.nanoTime() - readinessStarted) / 1_000_000;
                for (var call : load) {
                    assertServiceUnavailable(call.get(30, java.util.concurrent.TimeUnit.SECONDS));
                }
                long loadMs = (System.nanoTime() - started) / 1_000_000;

                assertThat(readiness.statusCode()).isEqualTo(503);
                // Its own deadline is 1 s, well inside the pool's 3 s connection timeout.
                assertThat(readinessMs).isLessThan(2_500L);
                // Each request waits at most the connection timeout (3 s), whether at the gate or in the pool; 30 at once
                // may not queue behind each other, nor wait at the gate first and then as long again in the pool.
                assertThat(loadMs).isLessThan(5_000L);
            }

            database = DevelopmentDatabase.start(dataDirectory, port);
            awaitOk(base.resolve(location));
            awaitOk(base.resolve("/health/readiness"));
        } finally {
            database.close();
        }
    }

    private static ApplicationContext startService(DevelopmentDatabase database) {
        return startService(database, CONNECTION_TIMEOUT_MS);
    }

    private static ApplicationContext startService(DevelopmentDatabase database, int connectionTimeoutMs) {
        Map<String, Object> properties = new HashMap<>(database.micronautProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.maximum-pool-size", 2);
        properties.put("datasources.default.minimum-idle", 2);
        properties.put("datasources.default.connection-timeout", connectionTimeoutMs);
        properties.put("datasources.default.validation-timeout", 250);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test").getApplicationContext();
    }

    private String create(URI users, String label) throws Exception {
        HttpResponse<String> created = post(users, label, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(users.resolve("/api/v1/auth/token"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + label + "@example.com\",\"password\":\"s3cret-password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        accessToken = tokens.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        return created.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> post(URI users, String label, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(users)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + label + "@example.com\",\"name\":\"" + label + "\",\"password\":\"s3cret-password\"}"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(15);

    private HttpResponse<String> get(URI uri) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The service recovers without a restart once the database is back. Pooled connections broken by the outage are
     * replaced as they are found dead, so the first requests after a restart may still see a 503 on a loaded machine;
     * what matters is that 200 follows within a few seconds, and that every answer before it is a 503.
     */
    private HttpResponse<String> awaitOk(URI uri) throws Exception {
        long deadline = System.nanoTime() + RECOVERY_DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> response = get(uri);
            if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                assertThat(response.statusCode()).as("%s answered within %s after the database came back: %s",
                        uri.getPath(), RECOVERY_DEADLINE, response.body()).isEqualTo(200);
                return response;
            }
            assertThat(response.statusCode()).as("answer while recovering: %s", response.body()).isEqualTo(503);
            Thread.sleep(100);
        }
    }

    private static void assertServiceUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:keel:problem:service-unavailable").doesNotContain("Exception", "SQL");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
