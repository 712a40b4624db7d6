package dev.keel.bootstrap;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id (Bouncy Castle), stored in the PHC string format, which carries its own parameters
 * ({@code $argon2id$v=19$m=7168,t=5,p=1$<salt>$<hash>}, unpadded Base64): hashes made with older settings still
 * verify after the settings change.
 *
 * <p>The hash's working memory ({@code memoryKib}) is allocated per hash and dropped with it. Password4j, used
 * before, also kept one zeroed copy of that memory for every parameter set it had seen, for the life of the
 * process: 19 MiB of the service's 80 MB heap at the settings of the time, and a slower start.
 */
final class Argon2idPasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 32;
    private static final int HASH_BYTES = 32;
    private static final int MIN_HASH_BYTES = 4;
    private static final int SYNC_POINTS = 4;
    private static final int MAX_PARALLELISM = 0xFF_FFFF;
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,8})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    Argon2idPasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.settings = new Settings(memoryKib, iterations, parallelism);
        settings.requireValid();
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, settings, salt, HASH_BYTES);
        return new PasswordHash("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(settings.memoryKib(),
                settings.iterations(), settings.parallelism(), BASE64.encodeToString(salt),
                BASE64.encodeToString(hash)));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        Matcher phc = PHC.matcher(hash.value());
        Settings stored = validSettings(phc);
        if (stored == null) {
            return false; // not a hash of ours: it matches nothing
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = Base64.getDecoder().decode(phc.group(4));
            expected = Base64.getDecoder().decode(phc.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return expected.length >= MIN_HASH_BYTES
                && MessageDigest.isEqual(derive(password, stored, salt, expected.length), expected);
    }

    /** A hash of ours under other settings than the configured ones; a string that is no hash of ours is not. */
    @Override
    public boolean isOutdated(PasswordHash hash) {
        Settings stored = validSettings(PHC.matcher(hash.value()));
        return stored != null && !stored.equals(settings);
    }

    /** The working memory a hash with the configured settings takes. */
    int memoryKib() {
        return settings.memoryKib();
    }

    /**
     * The working memory checking a password against this stored hash takes: the memory its own settings name, which
     * may differ from the configured one; none for a string that is not a valid hash of ours (it matches nothing
     * without hashing).
     */
    int memoryKibToCheck(PasswordHash hash) {
        Settings stored = validSettings(PHC.matcher(hash.value()));
        return stored == null ? 0 : stored.memoryKib();
    }

    /** The settings a stored hash names when it is a hash of ours that Argon2 can check; else null. */
    private static Settings validSettings(Matcher phc) {
        if (!phc.matches()) {
            return null;
        }
        Settings stored = new Settings(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                Integer.parseInt(phc.group(3)));
        return stored.isValid() ? stored : null;
    }

    private static byte[] derive(Password password, Settings settings, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(settings.memoryKib())
                .withIterations(settings.iterations())
                .withParallelism(settings.parallelism())
                .withSalt(salt)
                .build());
        byte[] secret = password.reveal().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private record Settings(int memoryKib, int iterations, int parallelism) {

        boolean isValid() {
            return parallelism >= 1 && parallelism <= MAX_PARALLELISM && iterations >= 1
                    && memoryKib >= 2 * SYNC_POINTS * parallelism;
        }

        void requireValid() {
            if (!isValid()) {
                throw new IllegalArgumentException(("Argon2id needs at least 1 iteration, 1 to %d lanes and 8 KiB of "
                        + "memory per lane; KEEL_ARGON2_MEMORY_KIB=%d, KEEL_ARGON2_ITERATIONS=%d and "
                        + "KEEL_ARGON2_PARALLELISM=%d do not fit").formatted(MAX_PARALLELISM, memoryKib, iterations,
                        parallelism));
            }
        }
    }
}
