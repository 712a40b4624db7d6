package dev.keel.application.identity.user;

import dev.keel.application.testing.UserWorld;
import dev.keel.domain.identity.user.LastAdministratorException;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserStatus;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The last active administrator can be neither demoted, suspended nor deleted; another one can. */
class LastAdministratorTest {

    private final UserWorld world = new UserWorld();
    private final User ada = world.createUser("ada@example.com", "Ada", Role.ADMIN);

    private User change(User target, String role, String status) {
        return world.update.update(UpdateUserCommand.of(UserWorld.actorOf(ada), target.id(), null, null, null, role,
                status, null, null));
    }

    private void delete(User target, boolean permanent) {
        world.delete.delete(new DeleteUserCommand(UserWorld.actorOf(ada), target.id(), permanent, Optional.empty()));
    }

    @Test
    void theOnlyActiveAdministratorCannotBeDemoted() {
        assertThatThrownBy(() -> change(ada, "MEMBER", null)).isInstanceOf(LastAdministratorException.class);

        assertThat(world.stored(ada.id()).role()).isEqualTo(Role.ADMIN);
        assertThat(world.users.updates()).isZero();
    }

    @Test
    void theOnlyActiveAdministratorCannotBeSuspended() {
        assertThatThrownBy(() -> change(ada, null, "SUSPENDED")).isInstanceOf(LastAdministratorException.class);

        assertThat(world.stored(ada.id()).status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void theOnlyActiveAdministratorCannotBeDeletedSoftlyOrForGood() {
        assertThatThrownBy(() -> delete(ada, false)).isInstanceOf(LastAdministratorException.class);
        assertThatThrownBy(() -> delete(ada, true)).isInstanceOf(LastAdministratorException.class);

        assertThat(world.stored(ada.id()).isDeleted()).isFalse();
    }

    @Test
    void aSuspendedAdministratorDoesNotCountAsAnother() {
        User bob = world.createUser("bob@example.com", "Bob", Role.ADMIN);
        change(bob, null, "SUSPENDED");

        assertThatThrownBy(() -> change(ada, "MEMBER", null)).isInstanceOf(LastAdministratorException.class);
    }

    @Test
    void aDeletedAdministratorDoesNotCountAsAnother() {
        User bob = world.createUser("bob@example.com", "Bob", Role.ADMIN);
        delete(bob, false);

        assertThatThrownBy(() -> delete(ada, false)).isInstanceOf(LastAdministratorException.class);
    }

    @Test
    void withAnotherActiveAdministratorEachChangeIsAllowedUntilOneIsLeft() {
        User bob = world.createUser("bob@example.com", "Bob", Role.ADMIN);

        assertThat(change(bob, "MEMBER", null).role()).isEqualTo(Role.MEMBER);
        assertThatThrownBy(() -> change(ada, null, "SUSPENDED")).isInstanceOf(LastAdministratorException.class);

        change(bob, "ADMIN", null);
        delete(bob, false);
        assertThat(world.stored(bob.id()).isDeleted()).isTrue();
        assertThatThrownBy(() -> delete(ada, true)).isInstanceOf(LastAdministratorException.class);
    }

    @Test
    void changesThatKeepTheAdministrationActiveAreNotGuarded() {
        User renamed = world.update.update(UpdateUserCommand.of(UserWorld.actorOf(ada), ada.id(), null, null,
                "Ada King", "ADMIN", "ACTIVE", null, null));

        assertThat(renamed.name().value()).isEqualTo("Ada King");
        assertThat(renamed.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void membersAreDemotedSuspendedAndDeletedWithoutAnAdministratorCheck() {
        User carol = world.createUser("carol@example.com", "Carol");

        change(carol, null, "SUSPENDED");
        delete(carol, false);

        assertThat(world.stored(carol.id()).isDeleted()).isTrue();
    }
}
