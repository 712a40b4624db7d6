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
 * The check is the lock of the active administrators that {@link LastAdministratorGuard} takes anyway (one statement,
 * the unit of work's first), so a concurrent demotion of the caller, itself an administrator-only change that takes
 * the same locks in the same order, runs entirely before this change (which then finds the caller demoted) or after.
 */
final class CurrentAdministrator {

    private CurrentAdministrator() {
    }

    /** Call first in the unit of work; answers the active administrators, locked, for the last-administrator guard. */
    static List<UserId> require(UserRepository users, Actor actor, String what) {
        UserAccessPolicy.requireAdministrator(actor, what);
        List<UserId> administrators = users.lockActiveAdministrators();
        if (!administrators.contains(actor.userId())) {
            throw new ForbiddenException("only an administrator " + what
                    + ": the caller is no longer an active administrator");
        }
        return administrators;
    }
}
