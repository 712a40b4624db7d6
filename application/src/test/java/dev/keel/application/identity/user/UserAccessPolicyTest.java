package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ForbiddenException;
import dev.keel.domain.shared.UnauthenticatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule of who may do what to users, without HTTP. */
class UserAccessPolicyTest {

    private static final SignUpSettings OPEN = new SignUpSettings(true);
    private static final SignUpSettings CLOSED = new SignUpSettings(false);

    private final Actor member = actor(Role.MEMBER);
    private final Actor admin = actor(Role.ADMIN);
    private final UserId other = new UserId(UUID.randomUUID());

    private static Actor actor(Role role) {
        return new Actor(new UserId(UUID.randomUUID()), role, new SessionId(UUID.randomUUID()));
    }

    @Test
    void openSignUpLetsAnyoneCreateAMember() {
        assertThatCode(() -> UserAccessPolicy.requireMayCreate(Optional.empty(), Role.MEMBER, OPEN)).doesNotThrowAnyException();
        assertThatCode(() -> UserAccessPolicy.requireMayCreate(Optional.of(member), Role.MEMBER, OPEN)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "MEMBER", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherRoleOnSignUpNeedsAnAdministrator(Role role) {
        assertThatThrownBy(() -> UserAccessPolicy.requireMayCreate(Optional.empty(), role, OPEN))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccessPolicy.requireMayCreate(Optional.of(member), role, OPEN))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> UserAccessPolicy.requireMayCreate(Optional.of(admin), role, OPEN)).doesNotThrowAnyException();
    }

    @Test
    void closedSignUpAsksAnonymousCallersToAuthenticateAndRefusesMembers() {
        assertThatThrownBy(() -> UserAccessPolicy.requireMayCreate(Optional.empty(), Role.MEMBER, CLOSED))
                .isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> UserAccessPolicy.requireMayCreate(Optional.of(member), Role.MEMBER, CLOSED))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> UserAccessPolicy.requireMayCreate(Optional.of(admin), Role.ADMIN, CLOSED)).doesNotThrowAnyException();
    }

    @Test
    void onlyAnAdministratorListsDeletedUsers() {
        UserFilter live = UserFilter.ALL_LIVE;
        UserFilter deletedOnly = new UserFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), UserFilter.Visibility.DELETED_ONLY);

        assertThatThrownBy(() -> UserAccessPolicy.requireMayList(member, deletedOnly)).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> UserAccessPolicy.requireMayList(member, live)).doesNotThrowAnyException();
        assertThatCode(() -> UserAccessPolicy.requireMayList(admin, deletedOnly)).doesNotThrowAnyException();
    }

    @Test
    void aUserChangesTheirOwnProfileAndPasswordButNotTheirRoleOrStatus() {
        UserId self = member.userId();

        assertThatCode(() -> UserAccessPolicy.requireMayUpdate(member, self, true, true, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> UserAccessPolicy.requireMayUpdate(member, self, false, false, true))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aMemberChangesNothingOfAnotherUser() {
        assertThatThrownBy(() -> UserAccessPolicy.requireMayUpdate(member, other, true, false, false))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccessPolicy.requireMayUpdate(member, other, false, true, false))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> UserAccessPolicy.requireMayUpdate(member, other, false, false, true))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAdministratorChangesAnotherUsersProfileRoleAndStatusButNeverTheirPassword() {
        assertThatCode(() -> UserAccessPolicy.requireMayUpdate(admin, other, true, false, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> UserAccessPolicy.requireMayUpdate(admin, other, false, true, false))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAnAdministratorDeletesAndRestores() {
        assertThatThrownBy(() -> UserAccessPolicy.requireAdministrator(member, "deletes users"))
                .isInstanceOf(ForbiddenException.class).hasMessage("only an administrator deletes users");
        assertThatCode(() -> UserAccessPolicy.requireAdministrator(admin, "deletes users")).doesNotThrowAnyException();
    }
}
