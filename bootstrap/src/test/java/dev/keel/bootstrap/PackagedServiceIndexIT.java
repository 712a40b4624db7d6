package dev.keel.bootstrap;

import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The packaged {@code keel.jar}'s service index, against Micronaut's own scan of the same jar. */
class PackagedServiceIndexIT {

    @Test
    void theJarsIndexListsExactlyTheServiceEntriesMicronautsScanFindsInTheJar() throws IOException {
        String packaged = System.getProperty("keel.jar");
        assumeTrue(packaged != null, "runs under Failsafe, after package, which sets keel.jar");
        try (URLClassLoader jarOnly = TestJars.onlyThe(Path.of(packaged))) {
            Map<String, List<String>> index = PackagedServiceIndex.read(jarOnly);
            assertThat(index).as(PackagedServiceIndex.RESOURCE + " in keel.jar").isNotNull();
            Map<String, Set<String>> indexed = new HashMap<>();
            index.forEach((type, classes) -> indexed.put(type, new LinkedHashSet<>(classes)));

            assertThat(indexed).isEqualTo(MicronautMetaServiceLoaderUtils.findAllMicronautMetaServices(jarOnly));
            assertThat(indexed.get("io.micronaut.inject.BeanDefinitionReference")).hasSizeGreaterThan(500);
        }
    }
}
