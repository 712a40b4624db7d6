package dev.keel.domain.identity.user;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123456Z");
    private static final Instant T1 = T0.plus(Duration.ofMinutes(5));
    private static final Instant T2 = T0.plus(Duration.ofMinutes(10));
    private static final UserId ID = new UserId(UUID.fromString("01950000-0000-7000-8000-000000000001"));

    private static User newUser() {
        return User.register(ID, new Email("ada@example.com"), new UserName("Ada"), Role.MEMBER,
                new PasswordHash("hash-1"), T0);
    }

    @Test
    void registeredUserIsActiveLiveAndAtVersionZero() {
        User user = newUser();

        assertThat(user.id()).isEqualTo(ID);
        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.version()).isZero();
        assertThat(user.createdAt()).isEqualTo(T0);
        assertThat(user.updatedAt()).isEqualTo(T0);
        assertThat(user.deletedAt()).isEmpty();
        assertThat(user.isDeleted()).isFalse();
        assertThat(user.hasChanges()).isFalse();
    }

    @Test
    void renameStampsUpdatedAtAndMarksChange() {
        User user = newUser();

        user.rename(new UserName("Ada Lovelace"), T1);

        assertThat(user.name().value()).isEqualTo("Ada Lovelace");
        assertThat(user.updatedAt()).isEqualTo(T1);
        assertThat(user.createdAt()).isEqualTo(T0);
        assertThat(user.hasChanges()).isTrue();
        assertThat(user.version()).as("only the repository advances the version").isZero();
    }

    @Test
    void everyRealChangeIsRecorded() {
        User email = newUser();
        email.changeEmail(new Email("lovelace@example.com"), T1);
        User role = newUser();
        role.changeRole(Role.ADMIN, T1);
        User status = newUser();
        status.changeStatus(UserStatus.SUSPENDED, T1);
        User password = newUser();
        password.changePasswordHash(new PasswordHash("hash-2"), T1);

        assertThat(email.email().value()).isEqualTo("lovelace@example.com");
        assertThat(role.role()).isEqualTo(Role.ADMIN);
        assertThat(status.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(password.passwordHash().value()).isEqualTo("hash-2");
        assertThat(java.util.List.of(email, role, status, password)).allSatisfy(u -> {
            assertThat(u.hasChanges()).isTrue();
            assertThat(u.updatedAt()).isEqualTo(T1);
        });
    }

    @Test
    void settingEqualValuesChangesNothing() {
        User user = newUser();

        user.changeEmail(new Email(" ADA@Example.com "), T1);
        user.rename(new UserName("  Ada "), T1);
        user.changeRole(Role.MEMBER, T1);
        user.changeStatus(UserStatus.ACTIVE, T1);
        user.changePasswordHash(new PasswordHash("hash-1"), T1);
        user.restore(T1);

        assertThat(user.hasChanges()).isFalse();
        assertThat(user.updatedAt()).isEqualTo(T0);
    }

    @Test
    void softDeleteStampsDeletedAtOnce() {
        User user = newUser();

        user.softDelete(T1);
        user.softDelete(T2);

        assertThat(user.isDeleted()).isTrue();
        assertThat(user.deletedAt()).contains(T1);
        assertThat(user.updatedAt()).isEqualTo(T1);
        assertThat(user.hasChanges()).isTrue();
    }

    @Test
    void restoreClearsDeletedAtAndStampsUpdatedAt() {
        User user = User.rehydrate(ID, new Email("ada@example.com"), new UserName("Ada"), Role.MEMBER,
                UserStatus.ACTIVE, new PasswordHash("hash-1"), T0, T1, 3, T1);
        assertThat(user.isDeleted()).isTrue();

        user.restore(T2);

        assertThat(user.isDeleted()).isFalse();
        assertThat(user.deletedAt()).isEmpty();
        assertThat(user.updatedAt()).isEqualTo(T2);
        assertThat(user.hasChanges()).isTrue();
        assertThat(user.version()).isEqualTo(3);
    }

    @Test
    void updatedAtNeverFallsBeforeCreatedAt() {
        User user = newUser();

        user.rename(new UserName("Grace"), T0.minusSeconds(30));

        assertThat(user.updatedAt()).isEqualTo(T0);
        assertThat(user.hasChanges()).isTrue();
    }

    @Test
    void rehydratedUserKeepsStoredStateAndHasNoChanges() {
        User user = User.rehydrate(ID, new Email("ada@example.com"), new UserName("Ada"), Role.ADMIN,
                UserStatus.SUSPENDED, new PasswordHash("hash-1"), T0, T1, 7, null);

        assertThat(user.role()).isEqualTo(Role.ADMIN);
        assertThat(user.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(user.updatedAt()).isEqualTo(T1);
        assertThat(user.version()).isEqualTo(7);
        assertThat(user.deletedAt()).isEmpty();
        assertThat(user.hasChanges()).isFalse();
    }

    @Test
    void rehydrateRefusesUpdatedAtBeforeCreatedAt() {
        assertThatThrownBy(() -> User.rehydrate(ID, new Email("ada@example.com"), new UserName("Ada"), Role.MEMBER,
                UserStatus.ACTIVE, new PasswordHash("h"), T1, T0, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingRequiredValuesAreRefused() {
        assertThatThrownBy(() -> User.register(ID, null, new UserName("Ada"), Role.MEMBER, new PasswordHash("h"), T0))
                .isInstanceOf(NullPointerException.class).hasMessage("email");
        assertThatThrownBy(() -> User.register(ID, new Email("a@b.co"), new UserName("Ada"), null, new PasswordHash("h"), T0))
                .isInstanceOf(NullPointerException.class).hasMessage("role");
    }

    @Test
    void toStringDoesNotLeakPersonalDataOrHash() {
        String text = newUser().toString();

        assertThat(text).contains(ID.value().toString()).doesNotContain("ada@example.com", "Ada", "hash-1");
    }

    @Test
    void profileCarriesEveryFieldButTheCredentials() {
        Instant deletedAt = T2;
        User user = User.rehydrate(ID, new Email("ada@example.com"), new UserName("Ada"), Role.ADMIN,
                UserStatus.SUSPENDED, new PasswordHash("hash-1"), T0, T1, 7, deletedAt);

        assertThat(user.profile()).isEqualTo(new UserProfile(ID, new Email("ada@example.com"), new UserName("Ada"),
                Role.ADMIN, UserStatus.SUSPENDED, T0, T1, 7, Optional.of(deletedAt)));
        assertThat(newUser().profile().deletedAt()).isEmpty();
        assertThat(user.profile().toString()).contains(ID.value().toString())
                .doesNotContain("ada@example.com", "Ada", "hash-1");
    }
}
