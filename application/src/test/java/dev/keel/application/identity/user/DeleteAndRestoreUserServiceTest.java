package dev.keel.application.identity.user;

import dev.keel.application.testing.SequentialIdGenerator;
import dev.keel.application.testing.UserWorld;
import dev.keel.domain.shared.VersionMismatchException;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteAndRestoreUserServiceTest {

    private static final UserId UNKNOWN = new UserId(SequentialIdGenerator.nth(404));

    private final UserWorld world = new UserWorld();
    private User ada;

    @BeforeEach
    void createAda() {
        ada = world.createUser("ada@example.com", "Ada");
        world.clock.advance(Duration.ofMinutes(1));
    }

    private void delete(UserId id, boolean permanent, Long expectedVersion) {
        world.delete.delete(new DeleteUserCommand(UserWorld.ROOT, id, permanent, Optional.ofNullable(expectedVersion)));
    }

    @Test
    void softDeleteHidesTheUserButKeepsItsRow() {
        Instant now = world.clock.now();

        delete(ada.id(), false, null);

        assertThat(world.users.findLive(ada.id())).isEmpty();
        User stored = world.stored(ada.id());
        assertThat(stored.deletedAt()).contains(now);
        assertThat(stored.updatedAt()).isEqualTo(now);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void softDeleteOfSoftDeletedUserIsNotFound() {
        delete(ada.id(), false, null);

        assertThatThrownBy(() -> delete(ada.id(), false, null)).isInstanceOf(UserNotFoundException.class);
        assertThat(world.stored(ada.id()).version()).isEqualTo(1);
    }

    @Test
    void permanentDeleteRemovesLiveUser() {
        delete(ada.id(), true, null);

        assertThat(world.users.findIncludingDeleted(ada.id())).isEmpty();
        assertThat(world.users.removes()).isEqualTo(1);
    }

    @Test
    void permanentDeleteRemovesSoftDeletedUser() {
        delete(ada.id(), false, null);

        delete(ada.id(), true, 1L);

        assertThat(world.users.findIncludingDeleted(ada.id())).isEmpty();
    }

    @Test
    void deleteOfUnknownUserIsNotFound() {
        assertThatThrownBy(() -> delete(UNKNOWN, false, null)).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> delete(UNKNOWN, true, null)).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void staleExpectedVersionRefusesSoftDelete() {
        assertThatThrownBy(() -> delete(ada.id(), false, 3L))
                .isInstanceOfSatisfying(VersionMismatchException.class, e -> assertThat(e.actual()).isZero());
        assertThat(world.users.findLive(ada.id())).isPresent();
    }

    @Test
    void staleExpectedVersionRefusesPermanentDelete() {
        assertThatThrownBy(() -> delete(ada.id(), true, 1L)).isInstanceOf(VersionMismatchException.class);
        assertThat(world.users.findLive(ada.id())).isPresent();
        assertThat(world.users.removes()).isZero();
    }

    @Test
    void currentExpectedVersionAllowsDelete() {
        delete(ada.id(), false, 0L);

        assertThat(world.users.findLive(ada.id())).isEmpty();
    }

    @Test
    void restoreBringsSoftDeletedUserBack() {
        delete(ada.id(), false, null);
        Instant restoredAt = world.clock.advance(Duration.ofMinutes(5));

        User restored = world.restore.restore(new RestoreUserCommand(UserWorld.ROOT, ada.id()));

        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.deletedAt()).isEmpty();
        assertThat(restored.version()).isEqualTo(2);
        assertThat(restored.updatedAt()).isEqualTo(restoredAt);
        assertThat(world.find.find(new FindUserQuery(UserWorld.ROOT, ada.id())).version()).isEqualTo(2);
    }

    @Test
    void restoreOfLiveUserChangesNothing() {
        User restored = world.restore.restore(new RestoreUserCommand(UserWorld.ROOT, ada.id()));

        assertThat(restored.version()).isZero();
        assertThat(restored.updatedAt()).isEqualTo(ada.updatedAt());
        assertThat(restored.isDeleted()).isFalse();
        assertThat(world.users.updates()).isZero();
    }

    @Test
    void restoreOfUnknownUserIsNotFound() {
        assertThatThrownBy(() -> world.restore.restore(new RestoreUserCommand(UserWorld.ROOT, UNKNOWN)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void permanentlyDeletedUserCannotBeRestored() {
        delete(ada.id(), true, null);

        assertThatThrownBy(() -> world.restore.restore(new RestoreUserCommand(UserWorld.ROOT, ada.id())))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void restoreIsRefusedWhenALiveUserTookTheEmailMeanwhile() {
        delete(ada.id(), false, null);
        world.createUser("ADA@example.com", "New Ada");

        assertThatThrownBy(() -> world.restore.restore(new RestoreUserCommand(UserWorld.ROOT, ada.id())))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(world.stored(ada.id()).isDeleted()).isTrue();
    }
}
