package dev.keel.bootstrap;

import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The production settings: Argon2id, 19 MiB, 2 iterations, parallelism 1 (OWASP's baseline). */
class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(19_456, 2, 1);

    @Test
    void hashIsArgon2idInPhcFormatWithTheConfiguredParameters() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hash.value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
    }

    @Test
    void samePasswordHashesDifferentlyEachTimeButBothMatch() {
        Password password = new Password("correct horse battery");
        PasswordHash first = hasher.hash(password);
        PasswordHash second = hasher.hash(password);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(password, first)).isTrue();
        assertThat(hasher.matches(password, second)).isTrue();
        assertThat(hasher.matches(new Password("wrong horse battery"), first)).isFalse();
    }

    @Test
    void hashesMadeWithOtherSettingsStillVerify() {
        Password password = new Password("correct horse battery");
        PasswordHash light = new Argon2idPasswordHasher(1024, 1, 1).hash(password);

        assertThat(hasher.matches(password, light)).isTrue();
    }

    @Test
    void somethingThatIsNotAHashMatchesNothing() {
        assertThat(hasher.matches(new Password("correct horse battery"), new PasswordHash("plain"))).isFalse();
    }
}
