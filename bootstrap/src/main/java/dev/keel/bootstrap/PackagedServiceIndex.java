package dev.keel.bootstrap;

import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.io.service.SoftServiceLoader.StaticDefinition;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Micronaut's service entries read from an index that the build writes into {@code keel.jar}, instead of from the
 * jar's {@code META-INF/micronaut/} directories.
 * <p>
 * Micronaut lists those directories (its bean definitions, bean configurations and introspections, one empty entry
 * per class) by opening the jar as a zip file system, which reads and indexes the central directory of all 25,000
 * entries of the shaded jar: about a tenth of the main thread's start-up. The build lists the same entries once
 * ({@code PackagedServiceIndexWriter}, after the jar is shaded) into {@link #RESOURCE}, and {@link KeelApplication} installs
 * this index as the static service loaders Micronaut consults before it scans. Each service type then gets what the
 * scan would have found: the classes named in {@code META-INF/services/<type>} files, then the indexed entries, each
 * loaded and made as Micronaut makes them, a class that cannot be loaded or made left out. Nothing is decided at build
 * time: bean requirements are evaluated at run time as before.
 * <p>
 * Only the packaged jar holds the index ({@code PackagedServiceIndexIT} compares it with Micronaut's scan of that
 * jar); tests and the development launcher run on class directories and jars without it, and Micronaut scans as usual
 * there.
 */
final class PackagedServiceIndex {

    /** One line per entry: the service type, a space, the implementing class, in the jar's order. */
    static final String RESOURCE = "META-INF/keel/micronaut-services.idx";
    private static final String SERVICE_FILES = "META-INF/services/";
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final MethodType NO_ARGUMENTS = MethodType.methodType(void.class);

    private PackagedServiceIndex() {
    }

    /**
     * Installs the index found on the class path, before anything of Micronaut's has started; returns whether there
     * was one.
     */
    static boolean installIfPackaged(ClassLoader classLoader) {
        Map<String, List<String>> index = read(classLoader);
        if (index == null) {
            return false;
        }
        StaticOptimizations.set(new SoftServiceLoader.Optimizations(new IndexedLoaders(classLoader, index)));
        return true;
    }

    /** The index on the class path, by service type; {@code null} without one. */
    static Map<String, List<String>> read(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Map<String, List<String>> index = new LinkedHashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    index.computeIfAbsent(line.substring(0, space), type -> new ArrayList<>())
                            .add(line.substring(space + 1));
                }
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * A loader for every service type Micronaut asks for, including types nothing provides: a type Micronaut found
     * no static loader for would make it scan the jar after all.
     */
    static final class IndexedLoaders extends AbstractMap<String, StaticServiceLoader<?>> {

        private final ClassLoader classLoader;
        private final Map<String, List<String>> index;
        private final Map<String, StaticServiceLoader<?>> loaders = new ConcurrentHashMap<>();

        IndexedLoaders(ClassLoader classLoader, Map<String, List<String>> index) {
            this.classLoader = classLoader;
            this.index = index;
        }

        @Override
        public StaticServiceLoader<?> get(Object serviceType) {
            return serviceType instanceof String name
                    ? loaders.computeIfAbsent(name, type -> new IndexedLoader<>(classLoader, classNames(type)))
                    : null;
        }

        @Override
        public boolean containsKey(Object serviceType) {
            return serviceType instanceof String;
        }

        @Override
        public Set<Entry<String, StaticServiceLoader<?>>> entrySet() {
            return loaders.entrySet();
        }

        /** The type's {@code META-INF/services} classes, then its indexed entries: Micronaut's order. */
        private List<String> classNames(String serviceType) {
            Set<String> names = new LinkedHashSet<>();
            try {
                Enumeration<URL> files = classLoader.getResources(SERVICE_FILES + serviceType);
                while (files.hasMoreElements()) {
                    addServiceFileEntries(files.nextElement(), names);
                }
            } catch (IOException e) {
                throw new ServiceConfigurationError("Cannot read the service files of " + serviceType, e);
            }
            names.addAll(index.getOrDefault(serviceType, List.of()));
            return List.copyOf(names);
        }

        /** A service file's class names, without comments and blank lines (the format of java.util.ServiceLoader). */
        private static void addServiceFileEntries(URL file, Set<String> names) throws IOException {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int comment = line.indexOf('#');
                    String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
    }

    /** The services of one type; like Micronaut's scan, it skips a class missing or without a public constructor. */
    static final class IndexedLoader<S> implements StaticServiceLoader<S> {

        private final ClassLoader classLoader;
        private final List<String> classNames;

        IndexedLoader(ClassLoader classLoader, List<String> classNames) {
            this.classLoader = classLoader;
            this.classNames = classNames;
        }

        /** The services whose classes exist; as with Micronaut's scan, loading one that cannot be made throws. */
        @Override
        @SuppressWarnings("unchecked")
        public Stream<StaticDefinition<S>> findAll(Predicate<String> condition) {
            return classNames.stream()
                    .filter(condition)
                    .map(this::classOrNull)
                    .filter(Objects::nonNull)
                    .map(type -> StaticDefinition.of(type.getName(), (Class<S>) type));
        }

        @Override
        public List<S> load(Predicate<String> condition, Predicate<S> predicate) {
            List<S> services = new ArrayList<>(classNames.size());
            for (String name : classNames) {
                if (condition.test(name)) {
                    S service = make(name);
                    if (service != null && (predicate == null || predicate.test(service))) {
                        services.add(service);
                    }
                }
            }
            return services;
        }

        private Class<?> classOrNull(String name) {
            try {
                return Class.forName(name, false, classLoader);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        private S make(String name) {
            try {
                Class<?> type = Class.forName(name, false, classLoader);
                return (S) Objects.requireNonNull(LOOKUP.findConstructor(type, NO_ARGUMENTS).invoke());
            } catch (ClassNotFoundException | NoClassDefFoundError | NoSuchMethodException | IllegalAccessException e) {
                // NoClassDefFoundError also comes from the constructor, when a class it needs is absent from the jar.
                return null;
            } catch (Throwable e) {
                throw new ServiceConfigurationError("Cannot make the service " + name, e);
            }
        }
    }
}
