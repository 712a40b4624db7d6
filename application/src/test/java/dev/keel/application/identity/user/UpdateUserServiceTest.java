package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;

import dev.keel.application.testing.DirectUnitOfWork;
import dev.keel.application.testing.FakePasswordHasher;
import dev.keel.application.testing.SequentialIdGenerator;
import dev.keel.application.testing.UserWorld;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.VersionMismatchException;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateUserServiceTest {

    private final UserWorld world = new UserWorld();
    private User ada;
    private Instant createdAt;

    @BeforeEach
    void createAda() {
        ada = world.createUser("ada@example.com", "Ada");
        // Stored as a member, she acts below with an administrator's token: let the repository count her as one too.
        world.users.standAsAdministrator(ada.id());
        createdAt = ada.createdAt();
        world.clock.advance(Duration.ofMinutes(1));
    }

    private User update(Long expectedVersion, String email, String name, String role, String status, String password) {
        // Ada as an administrator of herself: the policy lets her change every field (PolicyTest covers who may not).
        Actor self = new Actor(ada.id(), Role.ADMIN, UserWorld.actorOf(ada).sessionId());
        return world.update.update(UpdateUserCommand.of(self, ada.id(), expectedVersion, email, name, role, status,
                password, password == null ? null : "password-Ada"));
    }

    @Test
    void changedUserIsStoredAtTheNextVersion() {
        User updated = update(null, null, "Ada Lovelace", null, null, null);

        assertThat(updated.name().value()).isEqualTo("Ada Lovelace");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.updatedAt()).isEqualTo(world.clock.now()).isAfter(createdAt);
        assertThat(updated.createdAt()).isEqualTo(createdAt);
        User stored = world.stored(ada.id());
        assertThat(stored.name().value()).isEqualTo("Ada Lovelace");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void everyGivenFieldIsApplied() {
        User updated = update(0L, "Lovelace@Example.com", null, "ADMIN", "SUSPENDED", null);

        assertThat(updated.email().value()).isEqualTo("lovelace@example.com");
        assertThat(updated.name().value()).as("absent field stays").isEqualTo("Ada");
        assertThat(updated.role()).isEqualTo(Role.ADMIN);
        assertThat(updated.status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(updated.version()).as("one write for several changes").isEqualTo(1);
        assertThat(world.users.updates()).isEqualTo(1);
    }

    @Test
    void updateWithNoRealChangeKeepsVersionAndUpdatedAt() {
        User updated = update(null, " ADA@example.com", " Ada ", "MEMBER", "ACTIVE", "password-Ada");

        assertThat(updated.version()).isZero();
        assertThat(updated.updatedAt()).isEqualTo(createdAt);
        assertThat(world.users.updates()).isZero();
        assertThat(world.stored(ada.id()).version()).isZero();
    }

    @Test
    void emptyUpdateWritesNothing() {
        User updated = update(null, null, null, null, null, null);

        assertThat(updated.version()).isZero();
        assertThat(updated.name()).isEqualTo(new UserName("Ada"));
        assertThat(world.users.updates()).isZero();
    }

    @Test
    void unchangedPasswordKeepsTheStoredHashAndVersion() {
        User updated = update(null, null, null, null, null, "password-Ada");

        assertThat(updated.passwordHash()).isEqualTo(FakePasswordHasher.hashOf("password-Ada"));
        assertThat(updated.version()).isZero();
    }

    @Test
    void newPasswordIsHashedAndStored() {
        User updated = update(null, null, null, null, null, "brand-new-secret");

        assertThat(updated.passwordHash()).isEqualTo(FakePasswordHasher.hashOf("brand-new-secret"));
        assertThat(world.stored(ada.id()).passwordHash()).isEqualTo(FakePasswordHasher.hashOf("brand-new-secret"));
        assertThat(updated.version()).isEqualTo(1);
    }

    @Test
    void newPasswordIsHashedOutsideTheOneWriteTransaction() {
        int callsBefore = world.unitOfWork.calls().size();

        update(null, null, null, null, null, "brand-new-secret");

        assertThat(world.hasher.hashesInsideTransaction()).isZero();
        // Reads for the current-password check and the throttle, then the one write.
        assertThat(world.unitOfWork.calls().subList(callsBefore, world.unitOfWork.calls().size()))
                .extracting(DirectUnitOfWork.Call::kind)
                .containsExactly(DirectUnitOfWork.Kind.READ, DirectUnitOfWork.Kind.READ, DirectUnitOfWork.Kind.WRITE);
    }

    @Test
    void staleExpectedVersionIsRefused() {
        update(null, null, "Ada Lovelace", null, null, null);

        assertThatThrownBy(() -> update(0L, null, "Countess", null, null, null))
                .isInstanceOfSatisfying(VersionMismatchException.class, e -> {
                    assertThat(e.expected()).isZero();
                    assertThat(e.actual()).isEqualTo(1);
                });
        assertThat(world.stored(ada.id()).name().value()).isEqualTo("Ada Lovelace");
        assertThat(world.users.updates()).isEqualTo(1);
    }

    @Test
    void staleExpectedVersionIsRefusedEvenWhenNothingWouldChange() {
        assertThatThrownBy(() -> update(7L, null, null, null, null, null))
                .isInstanceOf(VersionMismatchException.class);
    }

    @Test
    void currentExpectedVersionIsAccepted() {
        User first = update(0L, null, "Ada Lovelace", null, null, null);
        User second = update(first.version(), null, null, "ADMIN", null, null);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void softDeletedUserCannotBeUpdated() {
        world.softDelete(ada.id());

        assertThatThrownBy(() -> update(null, null, "Ghost", null, null, null))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(world.stored(ada.id()).name().value()).isEqualTo("Ada");
    }

    @Test
    void unknownUserCannotBeUpdated() {
        UserId unknown = new UserId(SequentialIdGenerator.nth(404));

        assertThatThrownBy(() -> world.update.update(UpdateUserCommand.of(UserWorld.ROOT, unknown, null, null, null, "MEMBER", null, null, null)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void emailOfAnotherLiveUserIsRefused() {
        world.createUser("grace@example.com", "Grace");

        assertThatThrownBy(() -> update(null, "Grace@example.com", null, null, null, null))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(world.stored(ada.id()).email().value()).isEqualTo("ada@example.com");
    }

    @Test
    void emailOfSoftDeletedUserCanBeTaken() {
        User grace = world.createUser("grace@example.com", "Grace");
        world.softDelete(grace.id());

        User updated = update(null, "grace@example.com", null, null, null, null);

        assertThat(updated.email().value()).isEqualTo("grace@example.com");
    }

    @Test
    void concurrentChangeBetweenReadAndWriteIsRefused() {
        world.users.beforeNextWrite(() -> {
            User other = world.users.findLive(ada.id()).orElseThrow();
            other.changeRole(Role.ADMIN, world.clock.now());
            world.users.update(other);
        });

        assertThatThrownBy(() -> update(null, null, "Ada Lovelace", null, null, null))
                .isInstanceOf(ConcurrentUpdateException.class);
        User stored = world.stored(ada.id());
        assertThat(stored.role()).isEqualTo(Role.ADMIN);
        assertThat(stored.name().value()).isEqualTo("Ada");
    }
}
