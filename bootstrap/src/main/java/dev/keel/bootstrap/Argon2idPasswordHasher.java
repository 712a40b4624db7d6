package dev.keel.bootstrap;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.domain.identity.user.PasswordHash;

/**
 * Argon2id through Password4j, stored in the PHC string format, which carries its own parameters:
 * hashes made with older settings still verify after the settings change.
 */
final class Argon2idPasswordHasher implements PasswordHasher {

    private static final int SALT_AND_HASH_BYTES = 32;

    private final Argon2Function function;

    Argon2idPasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, SALT_AND_HASH_BYTES, Argon2.ID);
    }

    @Override
    public PasswordHash hash(dev.keel.domain.identity.user.Password password) {
        return new PasswordHash(Password.hash(password.reveal()).addRandomSalt(SALT_AND_HASH_BYTES).with(function).getResult());
    }

    @Override
    public boolean matches(dev.keel.domain.identity.user.Password password, PasswordHash hash) {
        try {
            return Password.check(password.reveal(), hash.value()).with(Argon2Function.getInstanceFromHash(hash.value()));
        } catch (RuntimeException e) {
            return false; // not a hash of ours: it matches nothing
        }
    }
}
