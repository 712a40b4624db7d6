package dev.keel.bootstrap;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Small jars for the tests of what Keel reads from its own jar. */
final class TestJars {

    private TestJars() {
    }

    /** A jar with the given entries in order: a name ending in {@code /} is a directory, else a file of that text. */
    static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                if (!entry.getKey().endsWith("/")) {
                    jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                }
                jar.closeEntry();
            }
        }
        return file;
    }

    /** A class loader of the jar alone, above the platform's (no application classes, no other resources). */
    static URLClassLoader onlyThe(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
