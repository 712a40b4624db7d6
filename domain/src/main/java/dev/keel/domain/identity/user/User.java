package dev.keel.domain.identity.user;

import dev.keel.domain.shared.Lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who can sign in. The aggregate keeps its own invariants; every change goes through a method
 * that stamps {@code updatedAt} only when a value really changes, and remembers that it did, so that
 * unchanged aggregates are never written (and their version never advances).
 */
public final class User {

    private final UserId id;
    private Email email;
    private UserName name;
    private Role role;
    private UserStatus status;
    private PasswordHash passwordHash;
    private final long version;
    private final Lifecycle lifecycle;

    private User(UserId id, Email email, UserName name, Role role, UserStatus status, PasswordHash passwordHash,
                 Instant createdAt, Instant updatedAt, long version, Instant deletedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
        this.status = Objects.requireNonNull(status, "status");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.version = version;
        this.lifecycle = Lifecycle.stored(createdAt, updatedAt, deletedAt);
    }

    /** A new, active user at version 0. */
    public static User register(UserId id, Email email, UserName name, Role role, PasswordHash passwordHash,
                                Instant now) {
        return new User(id, email, name, role, UserStatus.ACTIVE, passwordHash, now, now, 0, null);
    }

    /** A user as it was stored. */
    public static User rehydrate(UserId id, Email email, UserName name, Role role, UserStatus status,
                                 PasswordHash passwordHash, Instant createdAt, Instant updatedAt, long version,
                                 Instant deletedAt) {
        return new User(id, email, name, role, status, passwordHash, createdAt, updatedAt, version, deletedAt);
    }

    public void changeEmail(Email newEmail, Instant now) {
        if (!email.equals(newEmail)) {
            email = newEmail;
            touch(now);
        }
    }

    public void rename(UserName newName, Instant now) {
        if (!name.equals(newName)) {
            name = newName;
            touch(now);
        }
    }

    public void changeRole(Role newRole, Instant now) {
        if (role != newRole) {
            role = newRole;
            touch(now);
        }
    }

    public void changeStatus(UserStatus newStatus, Instant now) {
        if (status != newStatus) {
            status = newStatus;
            touch(now);
        }
    }

    /** Replaces the hash; callers decide beforehand whether the password really is a new one. */
    public void changePasswordHash(PasswordHash newHash, Instant now) {
        if (!passwordHash.equals(newHash)) {
            passwordHash = newHash;
            touch(now);
        }
    }

    public void softDelete(Instant now) {
        lifecycle.softDelete(now);
    }

    public void restore(Instant now) {
        lifecycle.restore(now);
    }

    private void touch(Instant now) {
        lifecycle.touch(now);
    }

    /** True once a method above changed a value since this instance was created or rehydrated. */
    public boolean hasChanges() {
        return lifecycle.hasChanges();
    }

    /** A live, active administrator. */
    public boolean isActiveAdministrator() {
        return !lifecycle.isDeleted() && status == UserStatus.ACTIVE && role == Role.ADMIN;
    }

    /** Whether the user may sign in and refresh sessions: live and active. */
    public boolean maySignIn() {
        return !lifecycle.isDeleted() && status == UserStatus.ACTIVE;
    }

    public boolean isDeleted() {
        return lifecycle.isDeleted();
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public UserName name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public UserStatus status() {
        return status;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return lifecycle.createdAt();
    }

    public Instant updatedAt() {
        return lifecycle.updatedAt();
    }

    public long version() {
        return version;
    }

    public Optional<Instant> deletedAt() {
        return lifecycle.deletedAt();
    }

    /** The user as readers see it, without its credentials. */
    public UserProfile profile() {
        return new UserProfile(id, email, name, role, status, createdAt(), updatedAt(), version, deletedAt());
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", version=" + version + ", deleted=" + isDeleted() + "]";
    }
}
