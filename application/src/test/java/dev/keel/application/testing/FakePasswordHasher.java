package dev.keel.application.testing;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;

import java.util.ArrayList;
import java.util.List;

/**
 * "hashed:" + password; counts hashing and notes whether it ever ran inside a transaction. "outdated:" + password
 * stands for a hash made under earlier settings: it matches too, and is outdated.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private final DirectUnitOfWork unitOfWork;
    private int hashes;
    private int hashesInsideTransaction;
    private final List<PasswordHash> verified = new ArrayList<>();

    public FakePasswordHasher(DirectUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public static PasswordHash hashOf(String password) {
        return new PasswordHash("hashed:" + password);
    }

    public static PasswordHash outdatedHashOf(String password) {
        return new PasswordHash("outdated:" + password);
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
        verified.add(hash);
        return hashOf(password.reveal()).equals(hash) || outdatedHashOf(password.reveal()).equals(hash);
    }

    @Override
    public boolean isOutdated(PasswordHash hash) {
        return hash.value().startsWith("outdated:");
    }

    public int hashes() {
        return hashes;
    }

    /** The hashes passwords were checked against, in order. */
    public List<PasswordHash> verified() {
        return List.copyOf(verified);
    }

    public int hashesInsideTransaction() {
        return hashesInsideTransaction;
    }
}
