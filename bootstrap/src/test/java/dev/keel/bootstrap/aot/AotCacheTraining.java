package dev.keel.bootstrap.aot;

import dev.keel.adapter.persistence.testing.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build's training run for JDK 25's ahead-of-time cache (JEP 483/514): starts the packaged
 * {@code keel.jar} with the production JVM options and {@code -XX:AOTCacheOutput}, on a fresh test database,
 * drives every kind of request the API serves for a while from concurrent clients, then stops it with SIGTERM;
 * the JVM writes the cache (loaded and linked classes, without method profiles) as it exits.
 *
 * <p>Any unexpected status fails the run, and with it the build: a training run that silently exercised only
 * error paths would make a cache of the wrong classes.
 *
 * <p>Arguments: the jar, the JVM options file, the cache to write, the seconds of load, and whether to skip the
 * training (then only the cache of an earlier build is deleted: the JVM would refuse it for the new jar anyway).
 */
public final class AotCacheTraining {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(120);
    private static final int CLIENTS = 16;
    private static final int USERS_PER_CLIENT = 2;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFRESH_TOKEN = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final AtomicLong requests = new AtomicLong();

    private AotCacheTraining(URI base) {
        this.base = base;
    }

    /** A signed-up user of one client, with the tokens of its session (the client alone uses and rotates them). */
    private static final class SignedIn {
        final String id;
        String accessToken;
        String refreshToken;

        SignedIn(String id, String tokens) {
            this.id = id;
            takeTokens(tokens);
        }

        void takeTokens(String tokens) {
            accessToken = find(ACCESS_TOKEN, tokens);
            refreshToken = find(REFRESH_TOKEN, tokens);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException(
                    "usage: AotCacheTraining <keel.jar> <jvm options file> <cache> <seconds> <skip: true|false>");
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path options = Path.of(args[1]).toAbsolutePath();
        Path cache = Path.of(args[2]).toAbsolutePath();
        Duration load = Duration.ofSeconds(Long.parseLong(args[3]));
        Files.deleteIfExists(cache);
        if (Boolean.parseBoolean(args[4])) {
            System.out.println("AOT training skipped (keel.aot.skip); no cache for this jar");
            return;
        }
        Path log = cache.resolveSibling(cache.getFileName() + ".training.log");
        try (TestDatabase database = TestDatabase.start()) {
            int port = freePort();
            Process keel = start(jar, options, cache, database, port, log);
            try {
                AotCacheTraining training = new AotCacheTraining(URI.create("http://127.0.0.1:" + port));
                training.awaitReady(keel);
                long started = System.nanoTime();
                training.drive(load);
                System.out.printf("AOT training: %,d requests in %d ms%n", training.requests.get(),
                        (System.nanoTime() - started) / 1_000_000);
            } finally {
                keel.destroy(); // SIGTERM: the JVM writes the cache on its way out
                if (!keel.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    keel.destroyForcibly();
                    throw new IllegalStateException("keel.jar did not exit within " + EXIT_TIMEOUT + "; see " + log);
                }
            }
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("no AOT cache was written; see " + log);
        }
        System.out.printf("AOT cache: %s (%,d bytes)%n", cache, Files.size(cache));
    }

    private static Process start(Path jar, Path options, Path cache, TestDatabase database, int port, Path log)
            throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // No training data (method profiles, compilations to replay) in the cache: replaying it at start-up kept the
        // JIT compilers, which run at a higher priority than the main thread, busy while the service started: ready
        // 0.2-0.26 s later (bench/README.md, 2026-12-06), with no shorter warm-up to show for it.
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "@" + options, "-XX:AOTCacheOutput=" + cache,
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("DATASOURCES_") || name.startsWith("MICRONAUT_")
                || name.startsWith("KEEL_"));
        environment.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        environment.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        environment.put("KEEL_PORT", Integer.toString(port));
        environment.put("KEEL_ACCESS_LOG", "true");
        return builder.start();
    }

    private void awaitReady(Process keel) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!keel.isAlive()) {
                throw new IllegalStateException("keel.jar exited during start-up with status " + keel.exitValue());
            }
            try {
                if (http.send(get("/health/readiness"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("keel.jar was not ready within " + READY_TIMEOUT);
    }

    /**
     * Signs up a few users (Argon2 is slow on purpose), then every client loops over the API until time is up,
     * each changing only its own users (two clients patching one user would rightly get 409s).
     */
    private void drive(Duration load) throws Exception {
        List<List<SignedIn>> usersOfClient = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<SignedIn> own = new ArrayList<>();
            for (int n = 0; n < USERS_PER_CLIENT; n++) {
                own.add(createUser(client * USERS_PER_CLIENT + n));
            }
            usersOfClient.add(own);
        }
        long deadline = System.nanoTime() + load.toNanos();
        List<Thread> clients = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (List<SignedIn> own : usersOfClient) {
            clients.add(Thread.ofVirtual().start(() -> {
                try {
                    while (System.nanoTime() < deadline && failures.isEmpty()) {
                        oneRound(own.get(ThreadLocalRandom.current().nextInt(own.size())));
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        if (!failures.isEmpty()) {
            IllegalStateException failed = new IllegalStateException("the training workload failed");
            failures.forEach(failed::addSuppressed);
            throw failed;
        }
    }

    /** Signs a user up (sign-up is open by default) and in. */
    private SignedIn createUser(int n) throws Exception {
        String credentials = "\"email\":\"aot-" + n + "@training.example\",\"password\":\"training-password-" + n + "\"";
        String created = expect(201, HttpRequest.newBuilder(base.resolve("/api/v1/users"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "aot-training-" + n)
                .POST(HttpRequest.BodyPublishers.ofString("{" + credentials + ",\"name\":\"Training " + n + "\"}"))
                .build());
        String tokens = expect(200, post("/api/v1/auth/token", "{" + credentials + "}"));
        return new SignedIn(find(ID, created), tokens);
    }

    /** The hot paths in their usual proportions, plus a token refresh and the usual refusals. */
    private void oneRound(SignedIn user) throws Exception {
        String path = "/api/v1/users/" + user.id;
        for (int read = 0; read < 8; read++) {
            expect(200, get(path, user));
        }
        String page = expect(200, get("/api/v1/users?limit=20", user));
        Matcher cursor = NEXT_CURSOR.matcher(page);
        if (cursor.find()) {
            expect(200, get("/api/v1/users?limit=20&cursor=" + cursor.group(1), user));
        }
        expect(200, get("/api/v1/users?sort=name,asc&limit=5", user));
        expect(200, get("/api/v1/users?page=1&size=10", user));
        expect(200, get("/api/v1/me", user));
        expect(200, HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + user.accessToken)
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", "*")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Renamed " + ThreadLocalRandom.current().nextInt() + "\"}")).build());
        user.takeTokens(expect(200, post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + user.refreshToken + "\"}")));
        expect(404, get("/api/v1/users/01900000-0000-7000-8000-000000000000", user));
        expect(400, get("/api/v1/users?limit=0", user));
        expect(401, HttpRequest.newBuilder(base.resolve(path)).build());
        expect(400, post("/api/v1/users", "{\"email\":\"not an e-mail\"}"));
        expect(200, get("/health/readiness"));
        expect(200, get("/.well-known/jwks.json"));
    }

    private HttpRequest get(String path, SignedIn user) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + user.accessToken).build();
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return matcher.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build();
    }

    private String expect(int status, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        requests.incrementAndGet();
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": expected " + status
                    + ", got " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
