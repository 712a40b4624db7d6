package dev.keel.bootstrap.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped artifact as a user runs it: {@code java -jar keel.jar} with no database configured starts an
 * embedded PostgreSQL, serves the API, stops cleanly on SIGTERM, and finds its data again on restart.
 */
class KeelJarIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void jarStartsOnItsEmbeddedDatabaseStopsCleanlyAndKeepsItsData(@TempDir Path dataDirectory) throws Exception {
        int port = freePort();
        URI base = URI.create("http://localhost:" + port);

        Process first = start(dataDirectory, port, "first");
        String location;
        try {
            long readyMs = awaitReady(first, base);
            System.out.printf("keel.jar ready in %d ms on a new data directory%n", readyMs);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/users"))
                    .header("Content-Type", "application/json")
                    .header("X-Request-Id", "jar-it-create")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"jar@example.com\",\"name\":\"Jar\",\"password\":\"s3cret-password\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
        } finally {
            stop(first);
        }
        assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid"))
                .as("PostgreSQL stopped with the service").doesNotExist();
        assertThat(Files.readString(log(dataDirectory, "first")))
                .as("the access log carries the request id")
                .containsPattern("ACCESS .*\"POST /api/v1/users HTTP/1.1\" 201 .*requestId=jar-it-create");

        Process second = start(dataDirectory, port, "second");
        try {
            long readyMs = awaitReady(second, base);
            System.out.printf("keel.jar ready in %d ms on an existing data directory%n", readyMs);
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(base.resolve(location)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("jar@example.com");
        } finally {
            stop(second);
        }
    }

    private static Process start(Path dataDirectory, int port, String name) throws IOException {
        Path jar = Path.of(System.getProperty("keel.jar", "target/keel.jar"));
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log(dataDirectory, name).toFile());
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().put("KEEL_DATA_DIR", dataDirectory.toString());
        builder.environment().put("KEEL_PORT", Integer.toString(port));
        return builder.start();
    }

    private static Path log(Path dataDirectory, String run) {
        return dataDirectory.resolve(run + ".log"); // beside postgres/, removed with the temporary folder
    }

    private long awaitReady(Process process, URI base) throws Exception {
        long started = System.nanoTime();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("keel.jar exited early").isTrue();
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("keel.jar was not ready within " + READY_TIMEOUT);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM, as an orchestrator or Ctrl-C would send
        boolean exited = process.waitFor(30, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("keel.jar stops within 30 s of SIGTERM").isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
