package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ForbiddenException;
import dev.keel.domain.shared.UnauthenticatedException;

import java.util.Optional;

/**
 * Who may do what to users. Every signed-in user reads live users; a user changes their own e-mail, name and
 * password; an administrator also changes anyone's e-mail and name (never another's password), and alone changes
 * roles and status, deletes, restores, or lists deleted users. Sign-up creates members, open to anyone unless closed; other roles need an administrator.
 */
public final class UserAccessPolicy {

    private UserAccessPolicy() {
    }

    public static void requireMayCreate(Optional<Actor> actor, Role role, SignUpSettings signUp) {
        boolean administrator = actor.map(Actor::isAdministrator).orElse(false);
        if (administrator) {
            return;
        }
        if (!signUp.open()) {
            if (actor.isEmpty()) {
                throw new UnauthenticatedException("sign-up is closed: an administrator creates accounts");
            }
            throw new ForbiddenException("sign-up is closed: only an administrator creates accounts");
        }
        if (role != Role.MEMBER) {
            throw new ForbiddenException("only an administrator creates users with role " + role);
        }
    }

    public static void requireMayList(Actor actor, UserFilter filter) {
        if (filter.visibility() == UserFilter.Visibility.DELETED_ONLY && !actor.isAdministrator()) {
            throw new ForbiddenException("only an administrator lists deleted users");
        }
    }

    /** E-mail and name by the user or an administrator; the password by the user alone; role and status by an administrator. */
    public static void requireMayUpdate(Actor actor, UserId target, boolean profileFields, boolean password,
                                        boolean roleOrStatus) {
        if (password && !actor.is(target)) {
            throw new ForbiddenException("only the user themselves changes their password");
        }
        if (profileFields && !actor.is(target) && !actor.isAdministrator()) {
            throw new ForbiddenException("only the user themselves or an administrator changes their e-mail and name");
        }
        if (roleOrStatus && !actor.isAdministrator()) {
            throw new ForbiddenException("only an administrator changes roles and status");
        }
    }

    /** Deleting, restoring and deleting for good. */
    public static void requireAdministrator(Actor actor, String what) {
        if (!actor.isAdministrator()) {
            throw new ForbiddenException("only an administrator " + what);
        }
    }
}
