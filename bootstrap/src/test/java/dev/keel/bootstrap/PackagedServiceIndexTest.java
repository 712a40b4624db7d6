package dev.keel.bootstrap;

import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import io.micronaut.core.io.service.SoftServiceLoader.StaticDefinition;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackagedServiceIndexTest {

    private static final String SERVICE = "sample.Service";

    @TempDir
    Path directory;

    @Test
    void theWriterIndexesWhatMicronautsScanFindsInTheJar() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/", "");
        entries.put("META-INF/micronaut/", "");
        entries.put("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/", "");
        entries.put("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/a.First$Definition$Reference", "");
        entries.put("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/b.Second$Definition$Reference", "");
        entries.put("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/.dotted", "");
        entries.put("META-INF/micronaut/io.micronaut.core.beans.BeanIntrospectionReference/c.Third$Introspection", "");
        entries.put("META-INF/services/io.micronaut.inject.BeanDefinitionReference", "not.Indexed\n");
        entries.put("application.yml", "a: 1\n");
        Path jar = TestJars.jar(directory.resolve("app.jar"), entries);

        PackagedServiceIndexWriter.main(new String[] {jar.toString()});

        try (URLClassLoader classLoader = TestJars.onlyThe(jar)) {
            Map<String, List<String>> index = PackagedServiceIndex.read(classLoader);
            assertThat(index).containsExactly(
                    Map.entry("io.micronaut.inject.BeanDefinitionReference",
                            List.of("a.First$Definition$Reference", "b.Second$Definition$Reference", ".dotted")),
                    Map.entry("io.micronaut.core.beans.BeanIntrospectionReference", List.of("c.Third$Introspection")));
            Map<String, Set<String>> scanned =
                    MicronautMetaServiceLoaderUtils.findAllMicronautMetaServices(classLoader);
            assertThat(asSets(index)).isEqualTo(scanned);
        }
    }

    @Test
    void withoutAnIndexNothingIsInstalledAndMicronautScansAsUsual() throws IOException {
        Path jar = TestJars.jar(directory.resolve("plain.jar"), Map.of("application.yml", "a: 1\n"));
        try (URLClassLoader classLoader = TestJars.onlyThe(jar)) {
            assertThat(PackagedServiceIndex.read(classLoader)).isNull();
            assertThat(PackagedServiceIndex.installIfPackaged(classLoader)).isFalse();
        }
    }

    @Test
    void aServiceTypeGetsItsServiceFilesClassesThenItsIndexedOnesEachOnceSkippingWhatCannotBeMade()
            throws IOException {
        try (URLClassLoader classLoader = TestJars.onlyThe(jarWithIndexAndServiceFile())) {
            StaticServiceLoader<Object> loader = loaders(classLoader).get(SERVICE);

            assertThat(loader.load(null)).map(Object::getClass)
                    .containsExactly(ArrayList.class, HashMap.class, StringBuilder.class);
            assertThat(loader.load(service -> !(service instanceof HashMap))).map(Object::getClass)
                    .containsExactly(ArrayList.class, StringBuilder.class);
            assertThat(loader.load(name -> name.startsWith("java.util."), null)).map(Object::getClass)
                    .containsExactly(ArrayList.class, HashMap.class);
            assertThat(loader.findAll(name -> true).map(StaticDefinition::getName))
                    .as("the classes that exist").containsExactly("java.util.ArrayList", "java.util.HashMap",
                            "java.lang.StringBuilder", "java.lang.Runtime");
            assertThat(definition(loader, "java.util.HashMap").load()).isInstanceOf(HashMap.class);
            assertThatThrownBy(() -> definition(loader, "java.lang.Runtime").load())
                    .as("a listed class that cannot be made, as Micronaut's scan has it")
                    .isInstanceOf(RuntimeException.class);
        }
    }

    /**
     * keel.jar lists bean definitions whose constructors need classes it does not hold (Micronaut Data's test
     * transaction listener, say): they are skipped, as Micronaut's scan skips them, rather than failing the start.
     */
    @Test
    void aServiceWhoseConstructorNeedsAnAbsentClassIsSkipped() throws IOException {
        String needsAbsent = NeedsAnAbsentClass.class.getName();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(needsAbsent.replace('.', '/') + ".class", classFile(NeedsAnAbsentClass.class));
        entries.put(PackagedServiceIndex.RESOURCE, (SERVICE + " " + needsAbsent + "\n" + SERVICE
                + " java.util.ArrayList\n").getBytes(StandardCharsets.UTF_8));
        Path jar = TestJars.binaryJar(directory.resolve("absent.jar"), entries);

        try (URLClassLoader classLoader = TestJars.onlyThe(jar)) {
            StaticServiceLoader<Object> loader = loaders(classLoader).get(SERVICE);

            assertThat(loader.load(null)).map(Object::getClass).containsExactly(ArrayList.class);
        }
    }

    /** Its constructor needs {@link Absent}, which the test's jar leaves out. */
    public static final class NeedsAnAbsentClass {
        public NeedsAnAbsentClass() {
            Absent.touch();
        }
    }

    static final class Absent {
        static void touch() {
        }
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        String name = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyServiceTypeHasALoaderSoThatMicronautNeverFallsBackToScanning() throws IOException {
        try (URLClassLoader classLoader = TestJars.onlyThe(jarWithIndexAndServiceFile())) {
            Map<String, StaticServiceLoader<Object>> loaders = loaders(classLoader);

            assertThat(loaders.containsKey("io.micronaut.context.env.PropertySourceLoader")).isTrue();
            assertThat(loaders.get("io.micronaut.context.env.PropertySourceLoader").load(null)).isEmpty();
            assertThat(((Map<?, ?>) loaders).get(42)).isNull();
        }
    }

    private static StaticDefinition<Object> definition(StaticServiceLoader<Object> loader, String name) {
        return loader.findAll(any -> true).filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    private Path jarWithIndexAndServiceFile() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/services/" + SERVICE,
                "# the format of java.util.ServiceLoader\njava.util.ArrayList\n\n  java.util.HashMap  # trailing\n"
                        + "dev.keel.NoSuchClass\n");
        entries.put(PackagedServiceIndex.RESOURCE, SERVICE + " java.util.ArrayList\n" + SERVICE
                + " java.lang.StringBuilder\n" + SERVICE + " java.lang.Runtime\nother.Service java.lang.Object\n");
        return TestJars.jar(directory.resolve("indexed.jar"), entries);
    }

    @SuppressWarnings("unchecked")
    private static <S> Map<String, StaticServiceLoader<S>> loaders(ClassLoader classLoader) {
        Map<String, List<String>> index = PackagedServiceIndex.read(classLoader);
        return (Map<String, StaticServiceLoader<S>>) (Map<?, ?>) new PackagedServiceIndex.IndexedLoaders(
                classLoader, index);
    }

    private static Map<String, Set<String>> asSets(Map<String, List<String>> index) {
        Map<String, Set<String>> sets = new HashMap<>();
        index.forEach((type, classes) -> sets.put(type, new LinkedHashSet<>(classes)));
        return sets;
    }
}
