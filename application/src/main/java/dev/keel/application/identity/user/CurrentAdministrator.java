package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.shared.ForbiddenException;

import java.util.List;

/**
 * An administrator-only change checks, inside its unit of work, that the caller is an administrator now: a live,
 * active ADMIN in the database. The access token's role is what it was when the token was issued, up to 15 minutes
 * before: an administrator demoted, suspended or deleted since must not undo that (or go on changing others) with the
 * token they hold. Reads keep trusting the token.
 * <p>
 * A change that may remove an administrator (a role or status change, a deletion) checks with the lock of the active
 * administrators that {@link LastAdministratorGuard} takes anyway ({@link #requireAmongAll}): such changes run one
 * after the other. Any other one ({@link #require}: another user's e-mail or name, a restore, a creation) locks only
 * the caller's row, shared (FOR SHARE), so that administrators' ordinary changes do not wait for each other: under the
 * lock of every administrator, 64 renames at once ran one at a time (116 against some 1,750 a second). Either way a
 * concurrent demotion of the caller, which updates that row, runs entirely before this change (which then finds the
 * caller demoted) or after it.
 */
final class CurrentAdministrator {

    private CurrentAdministrator() {
    }

    /** Call first in the unit of work of a change that cannot remove an administrator. */
    static void require(UserRepository users, Actor actor, String what) {
        UserAccessPolicy.requireAdministrator(actor, what);
        if (!users.lockIfActiveAdministrator(actor.userId())) {
            throw noLonger(what);
        }
    }

    /** Call first in the unit of work; answers the active administrators, locked, for the last-administrator guard. */
    static List<UserId> requireAmongAll(UserRepository users, Actor actor, String what) {
        UserAccessPolicy.requireAdministrator(actor, what);
        List<UserId> administrators = users.lockActiveAdministrators();
        if (!administrators.contains(actor.userId())) {
            throw noLonger(what);
        }
        return administrators;
    }

    private static ForbiddenException noLonger(String what) {
        return new ForbiddenException("only an administrator " + what
                + ": the caller is no longer an active administrator");
    }
}
