package dev.keel.bootstrap;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Small jars for the tests of what Keel reads from its own jar. */
final class TestJars {

    private TestJars() {
    }

    /** A jar with the given entries in order: a name ending in {@code /} is a directory, else a file of that text. */
    static Path jar(Path file, Map<String, String> entries) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        entries.forEach((name, text) -> contents.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return binaryJar(file, contents);
    }

    /** A jar with the given entries in order: a name ending in {@code /} is a directory, else a file of those bytes. */
    static Path binaryJar(Path file, Map<String, byte[]> entries) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                if (!entry.getKey().endsWith("/")) {
                    jar.write(entry.getValue());
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
