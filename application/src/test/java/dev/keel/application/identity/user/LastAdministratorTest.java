package dev.keel.application.identity.user;

import dev.keel.application.testing.UserWorld;
import dev.keel.domain.identity.user.LastAdministratorException;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserStatus;
import dev.keel.domain.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The last active administrator can be neither demoted, suspended nor deleted; another one can. */
class LastAdministratorTest {

    private final UserWorld world = new UserWorld();
    private final User ada = world.createUser("ada@example.com", "Ada", Role.ADMIN);

    {
        // Ada is the only active administrator: the tests' own stops counting as one.
        world.users.retireAdministrator(UserWorld.ROOT.userId());
    }

    /** A user Ada creates. */
    private User create(String email, String name, Role role) {
        return world.create.create(CreateUserCommand.of(Optional.of(UserWorld.actorOf(ada)), email, name,
                "password-" + name, role.name()));
    }

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
        User bob = create("bob@example.com", "Bob", Role.ADMIN);
        change(bob, null, "SUSPENDED");

        assertThatThrownBy(() -> change(ada, "MEMBER", null)).isInstanceOf(LastAdministratorException.class);
    }

    @Test
    void aDeletedAdministratorDoesNotCountAsAnother() {
        User bob = create("bob@example.com", "Bob", Role.ADMIN);
        delete(bob, false);

        assertThatThrownBy(() -> delete(ada, false)).isInstanceOf(LastAdministratorException.class);
    }

    @Test
    void withAnotherActiveAdministratorEachChangeIsAllowedUntilOneIsLeft() {
        User bob = create("bob@example.com", "Bob", Role.ADMIN);

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
        User carol = create("carol@example.com", "Carol", Role.MEMBER);

        change(carol, null, "SUSPENDED");
        delete(carol, false);

        assertThat(world.stored(carol.id()).isDeleted()).isTrue();
    }

    @Test
    void anAdministratorDemotedSinceTheirTokenWasIssuedChangesNoOneAnyMore() {
        User bob = create("bob@example.com", "Bob", Role.ADMIN);
        User carol = create("carol@example.com", "Carol", Role.MEMBER);
        var staleBob = UserWorld.actorOf(bob);
        change(bob, "MEMBER", null);
        int writes = world.users.writes();

        assertThatThrownBy(() -> world.update.update(UpdateUserCommand.of(staleBob, bob.id(), null, null, null, "ADMIN",
                null, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.update.update(UpdateUserCommand.of(staleBob, carol.id(), null, null, null, null,
                "SUSPENDED", null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.update.update(UpdateUserCommand.of(staleBob, carol.id(), null, null, "Mallory",
                null, null, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.delete.delete(new DeleteUserCommand(staleBob, carol.id(), true, Optional.empty())))
                .isInstanceOf(ForbiddenException.class);
        delete(carol, false);
        assertThatThrownBy(() -> world.restore.restore(new RestoreUserCommand(staleBob, carol.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.create.create(CreateUserCommand.of(Optional.of(staleBob), "eve@example.com",
                "Eve", "password-Eve", "ADMIN"))).isInstanceOf(ForbiddenException.class);

        assertThat(world.users.writes()).isEqualTo(writes + 1);
        assertThat(world.stored(bob.id()).role()).isEqualTo(Role.MEMBER);
        assertThat(world.update.update(UpdateUserCommand.of(staleBob, bob.id(), null, null, "Bob B", null, null, null,
                null)).name().value()).as("their own name stays theirs to change").isEqualTo("Bob B");
    }
}
