package dev.keel.bootstrap;

import io.micronaut.core.io.scan.DefaultClassPathResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JarEntryResourceLoaderTest {

    private static final List<String> PATHS = List.of("application.yml", "classpath:application.yml",
            "/application.yml", "config/app.properties", "config", "config/", "missing.yml", "../application.yml",
            "config/../application.yml", "META-INF/MANIFEST.MF");

    @TempDir
    Path directory;

    @Test
    void readsFilesInAJarAndRefusesDirectoriesMissingEntriesAndRelativePaths() throws IOException {
        try (URLClassLoader classLoader = TestJars.onlyThe(sampleJar())) {
            JarEntryResourceLoader loader = new JarEntryResourceLoader(classLoader);

            assertThat(text(loader.getResourceAsStream("application.yml"))).contains("port: 8080");
            assertThat(text(loader.getResourceAsStream("classpath:config/app.properties"))).contains("a=1");
            assertThat(loader.getResource("config/app.properties")).get().asString().startsWith("jar:file:")
                    .endsWith("!/config/app.properties");
            assertThat(loader.getResourceAsStream("config")).isEmpty();
            assertThat(loader.getResource("config/")).isEmpty();
            assertThat(loader.getResourceAsStream("missing.yml")).isEmpty();
            assertThat(loader.getResourceAsStream("config/../application.yml")).isEmpty();
        }
    }

    @Test
    void answersEveryPathAsMicronautsOwnLoaderDoes() throws IOException {
        try (URLClassLoader classLoader = TestJars.onlyThe(sampleJar())) {
            JarEntryResourceLoader loader = new JarEntryResourceLoader(classLoader);
            DefaultClassPathResourceLoader micronauts = new DefaultClassPathResourceLoader(classLoader);
            for (String path : PATHS) {
                assertThat(text(loader.getResourceAsStream(path))).as(path)
                        .isEqualTo(text(micronauts.getResourceAsStream(path)));
                assertThat(loader.getResource(path)).as(path).isEqualTo(micronauts.getResource(path));
            }
        }
    }

    @Test
    void leavesResourcesOutsideJarsToMicronautsLoader() throws IOException {
        Path classes = Files.createDirectories(directory.resolve("classes/config"));
        Files.writeString(classes.resolve("app.properties"), "a=2");
        try (URLClassLoader classLoader = new URLClassLoader(
                new URL[] {directory.resolve("classes").toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            JarEntryResourceLoader loader = new JarEntryResourceLoader(classLoader);

            assertThat(text(loader.getResourceAsStream("config/app.properties"))).isEqualTo("a=2");
            assertThat(loader.getResourceAsStream("config")).isEmpty();
        }
    }

    private Path sampleJar() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("application.yml", "micronaut:\n  server:\n    port: 8080\n");
        entries.put("config/", "");
        entries.put("config/app.properties", "a=1\n");
        return TestJars.jar(directory.resolve("sample.jar"), entries);
    }

    private static String text(Optional<InputStream> stream) {
        return stream.map(in -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }
}
