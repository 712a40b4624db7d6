package dev.keel.bootstrap;

import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production settings: Argon2id, 7 MiB, 5 iterations, parallelism 1 (as strong as OWASP's 19 MiB and 2). */
class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(7_168, 5, 1);

    @Test
    void hashIsArgon2idInPhcFormatWithTheConfiguredParameters() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hash.value()).startsWith("$argon2id$v=19$m=7168,t=5,p=1$").doesNotContain("correct horse");
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

    @Test
    void hashesOfTheReferenceImplementationVerify() {
        // Made by the reference implementation's command line (Debian's argon2 package):
        // echo -n "correct horse battery" | argon2 saltsaltsaltsalt -id -t 2 -m 10 -p 1 -l 32 -e  (and -p 2)
        Password password = new Password("correct horse battery");
        PasswordHash oneLane = new PasswordHash(
                "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc");
        PasswordHash twoLanes = new PasswordHash(
                "$argon2id$v=19$m=1024,t=2,p=2$c2FsdHNhbHRzYWx0c2FsdA$mn3XPgj0CbEwW76thPIB6ZXETK7E2PdA7VcZE6LmhzU");

        assertThat(hasher.matches(password, oneLane)).isTrue();
        assertThat(hasher.matches(password, twoLanes)).isTrue();
        assertThat(hasher.matches(new Password("correct horse batterz"), oneLane)).isFalse();
    }

    @Test
    void hashesStoredByPassword4jStillVerify() {
        // Made by Password4j 1.8.4, which Keel used before, with its Argon2Function for each parameter set.
        Password password = new Password("correct horse battery");
        PasswordHash formerProduction = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$"
                + "D4/BTJagso/3wUxv6lFwSnqAFaSzwgPM4/ovI2Km2Fg$ArIqkF3ulnmYMQ1J0+x2Dcax/pq1PurQh8c/5CSpAdE");
        PasswordHash light = new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$kiEotEVW20jVa2Q3bBWgc7NiCGASuvrpJOtmT/I/"
                + "QaU$E5oA05IMwYr/3nqrvJNBHBSryaisKTCR90yi3suG8u8");
        PasswordHash nonAscii = new PasswordHash(
                "$argon2id$v=19$m=256,t=3,p=2$qCcW7Odx/TocGhn3eewgfw$ZEqsSIj2hNaXOBjrk3FJSsvCMiD3YHXNt90P7GT19fI");

        assertThat(hasher.matches(password, formerProduction)).isTrue();
        assertThat(hasher.matches(password, light)).isTrue();
        assertThat(hasher.matches(new Password("pässwörd ✓"), nonAscii)).isTrue();
        assertThat(hasher.matches(new Password("passwörd ✓"), nonAscii)).isFalse();
    }

    @Test
    void malformedHashesMatchNothing() {
        Password password = new Password("correct horse battery");

        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$a$b"))).isFalse();
        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=19$m=0,t=1,p=1$c2FsdA$aGFzaGhhc2g"))).isFalse();
        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=19$m=1024,t=0,p=1$c2FsdA$aGFzaGhhc2g"))).isFalse();
        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGE"))).isFalse();
        assertThat(hasher.matches(password, new PasswordHash("$argon2id$v=16$m=1024,t=1,p=1$c2FsdA$aGFzaGhhc2g"))).isFalse();
        assertThat(hasher.matches(password, new PasswordHash("$argon2i$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaGhhc2g"))).isFalse();
    }

    @Test
    void aCheckTakesTheMemoryItsStoredHashNamesAndNoneWhenItNeedsNoHashing() {
        PasswordHash earlierSettings = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$"
                + "D4/BTJagso/3wUxv6lFwSnqAFaSzwgPM4/ovI2Km2Fg$ArIqkF3ulnmYMQ1J0+x2Dcax/pq1PurQh8c/5CSpAdE");
        PasswordHash noIterations = new PasswordHash("$argon2id$v=19$m=1024,t=0,p=1$c2FsdA$aGFzaGhhc2g");

        assertThat(hasher.memoryKib()).isEqualTo(7_168);
        assertThat(hasher.memoryKibToCheck(hasher.hash(new Password("correct horse battery")))).isEqualTo(7_168);
        assertThat(hasher.memoryKibToCheck(earlierSettings)).isEqualTo(19_456);
        assertThat(hasher.memoryKibToCheck(new PasswordHash("plain"))).isZero();
        assertThat(hasher.memoryKibToCheck(noIterations)).isZero();
    }

    @Test
    void aHashIsOutdatedWhenItsSettingsDifferFromTheConfiguredOnes() {
        PasswordHash current = hasher.hash(new Password("correct horse battery"));
        PasswordHash fewerPasses = new Argon2idPasswordHasher(7_168, 4, 1).hash(new Password("correct horse battery"));
        PasswordHash twoLanes = new Argon2idPasswordHasher(7_168, 5, 2).hash(new Password("correct horse battery"));

        assertThat(hasher.isOutdated(current)).isFalse();
        assertThat(hasher.isOutdated(fewerPasses)).isTrue();
        assertThat(hasher.isOutdated(twoLanes)).isTrue();
        assertThat(hasher.isOutdated(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaGhhc2g"))).isTrue();
        assertThat(hasher.isOutdated(new PasswordHash("plain"))).isFalse();
    }

    @Test
    void settingsArgon2CannotRunAreRefused() {
        assertThatThrownBy(() -> new Argon2idPasswordHasher(19_456, 0, 1)).hasMessageContaining("KEEL_ARGON2_ITERATIONS=0");
        assertThatThrownBy(() -> new Argon2idPasswordHasher(19_456, 2, 0)).hasMessageContaining("KEEL_ARGON2_PARALLELISM=0");
        assertThatThrownBy(() -> new Argon2idPasswordHasher(8, 2, 2)).hasMessageContaining("KEEL_ARGON2_MEMORY_KIB=8");
    }
}
