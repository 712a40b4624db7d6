package dev.keel.bootstrap;

import io.micronaut.core.io.scan.DefaultClassPathResourceLoader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Micronaut's class path resource loader, except that a resource inside a jar is read through the JDK's
 * {@link JarFile}, not through a zip file system.
 * <p>
 * Before it reads a resource from a jar, Micronaut's loader checks that it is no directory by opening the jar as a
 * zip file system, and closes it again: for {@code application.yml} in the shaded {@code keel.jar} that reads and
 * indexes the central directory of its 25,000 entries, some 40-60 ms of the main thread's start-up, and again for every
 * later resource. A {@link JarFile} opened on the same jar shares the central directory the class loader has already
 * read. Everything else (resources in class directories, nested jars, relative paths, {@code forBase}) stays with
 * Micronaut's loader.
 */
final class JarEntryResourceLoader extends DefaultClassPathResourceLoader {

    private static final String CLASSPATH_PREFIX = "classpath:";

    JarEntryResourceLoader(ClassLoader classLoader) {
        super(classLoader);
    }

    @Override
    public Optional<InputStream> getResourceAsStream(String path) {
        URL url = resourceInJar(path);
        if (url == null) {
            return super.getResourceAsStream(path);
        }
        return readFile(url, (jar, entry) -> {
            try (InputStream in = jar.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        });
    }

    @Override
    public Optional<URL> getResource(String path) {
        URL url = resourceInJar(path);
        return url == null ? super.getResource(path) : readFile(url, (jar, entry) -> url);
    }

    /** What {@code read} makes of the jar entry at {@code url}; empty if the entry is a directory. */
    private static <T> Optional<T> readFile(URL url, EntryReader<T> read) {
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                JarEntry entry = jar.getJarEntry(connection.getEntryName());
                return entry == null || entry.isDirectory() ? Optional.empty() : Optional.of(read.read(jar, entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }

    private interface EntryReader<T> {
        T read(JarFile jar, JarEntry entry) throws IOException;
    }

    /** The resource's URL if it is an entry of a jar on the class path (not of a jar nested in one), else null. */
    private URL resourceInJar(String path) {
        String name = path.startsWith(CLASSPATH_PREFIX) ? path.substring(CLASSPATH_PREFIX.length()) : path;
        if (name.replace('\\', '/').contains("../")) {
            return null;
        }
        URL url = getClassLoader().getResource(name);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return null;
        }
        String location = url.getFile();
        int separator = location.indexOf("!/");
        return separator >= 0 && location.indexOf("!/", separator + 2) < 0 ? url : null;
    }
}
