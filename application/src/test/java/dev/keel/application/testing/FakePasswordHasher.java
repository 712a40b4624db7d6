package dev.keel.application.testing;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;

/** "hashed:" + password; counts hashing and notes whether it ever ran inside a transaction. */
public final class FakePasswordHasher implements PasswordHasher {

    private final DirectUnitOfWork unitOfWork;
    private int hashes;
    private int hashesInsideTransaction;

    public FakePasswordHasher(DirectUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public static PasswordHash hashOf(String password) {
        return new PasswordHash("hashed:" + password);
    }

    @Override
    public PasswordHash hash(Password password) {
        hashes++;
        if (unitOfWork.inTransaction()) {
            hashesInsideTransaction++;
        }
        return hashOf(password.reveal());
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return hashOf(password.reveal()).equals(hash);
    }

    public int hashes() {
        return hashes;
    }

    public int hashesInsideTransaction() {
        return hashesInsideTransaction;
    }
}
