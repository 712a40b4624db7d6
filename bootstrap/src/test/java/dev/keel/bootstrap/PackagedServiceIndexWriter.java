package dev.keel.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The build step that writes {@link PackagedServiceIndex#RESOURCE} into the shaded {@code keel.jar}: one line per
 * entry of the jar's {@code META-INF/micronaut/<service type>/<class>} directories, in the jar's order. The build runs
 * it right after shading and before the AOT cache's training run, so that the cache is made for the final jar.
 * <p>Argument: the jar, rewritten in place.
 */
public final class PackagedServiceIndexWriter {

    private static final String MICRONAUT_SERVICES = "META-INF/micronaut/";

    private PackagedServiceIndexWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackagedServiceIndexWriter <keel.jar>");
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        List<String> lines = indexLines(jar);
        write(jar, lines);
        System.out.printf("%s: %d Micronaut service entries indexed in %s%n", jar.getFileName(), lines.size(),
                PackagedServiceIndex.RESOURCE);
    }

    /** {@code <service type> <class>} for every service entry of the jar, as Micronaut's own scan would list them. */
    static List<String> indexLines(Path jar) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(name -> {
                if (name.startsWith(MICRONAUT_SERVICES)) {
                    String[] typeAndClass = name.substring(MICRONAUT_SERVICES.length()).split("/", -1);
                    if (typeAndClass.length == 2 && !typeAndClass[0].isEmpty() && !typeAndClass[1].isEmpty()) {
                        lines.add(typeAndClass[0] + ' ' + typeAndClass[1]);
                    }
                }
            });
        }
        return lines;
    }

    private static void write(Path jar, List<String> lines) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path index = zip.getPath(PackagedServiceIndex.RESOURCE);
            Files.createDirectories(index.getParent());
            Files.write(index, lines, StandardCharsets.UTF_8);
        }
    }
}
