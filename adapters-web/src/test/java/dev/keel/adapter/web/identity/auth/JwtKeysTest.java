package dev.keel.adapter.web.identity.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured key, the development key pair is generated once in the key directory and reused. */
class JwtKeysTest {

    @TempDir
    Path dataDir;

    private JwtKeys start(Path directory) {
        return new JwtKeys("", "", "", directory.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keys(JwtKeys ring) {
        return (List<Map<String, Object>>) ring.jwks().get("keys");
    }

    @Test
    void theDevelopmentKeyPairIsGeneratedOnceAndReusedOnTheNextStart() throws Exception {
        Path directory = dataDir.resolve("jwt");

        JwtKeys first = start(directory);
        Path keyFile = directory.resolve("signing-key.pem");
        assertThat(keyFile).exists();
        String pem = Files.readString(keyFile);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(directory.resolve("signing-key.kid")).strip()).startsWith("dev-");

        JwtKeys second = start(directory);

        assertThat(keys(second)).isEqualTo(keys(first)).hasSize(1);
        assertThat(Files.readString(keyFile)).isEqualTo(pem);
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("signing-key.pem", "signing-key.kid");
        }
    }

    @Test
    void anotherDirectoryGetsAnotherKey() {
        assertThat(keys(start(dataDir.resolve("a")))).isNotEqualTo(keys(start(dataDir.resolve("b"))));
    }

    @Test
    void withoutAConfiguredKeyOrDirectoryEachStartHasAKeyOfItsOwn() {
        JwtKeys once = new JwtKeys("", "", "", "");
        JwtKeys again = new JwtKeys("", "", "", "");

        assertThat(keys(once).getFirst().get("kid").toString()).startsWith("ephemeral-");
        assertThat(keys(once)).isNotEqualTo(keys(again));
    }
}
