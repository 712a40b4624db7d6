package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.LastAdministratorException;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserRepository;

import java.util.List;

/** Keeps at least one active administrator, also when two of them are demoted at the same moment. */
final class LastAdministratorGuard {

    private LastAdministratorGuard() {
    }

    /**
     * Call inside the unit of work, before writing a change that ends {@code leaving}'s active administration.
     * The lock on the active administrators makes concurrent changes of this kind run one after the other; the
     * later one sees the earlier one's result.
     */
    static void requireAnotherActiveAdministrator(UserRepository users, UserId leaving) {
        requireAnotherActiveAdministrator(users.lockActiveAdministrators(), leaving);
    }

    /** As above, with the active administrators this unit of work already locked ({@link CurrentAdministrator}). */
    static void requireAnotherActiveAdministrator(List<UserId> lockedAdministrators, UserId leaving) {
        if (lockedAdministrators.stream().noneMatch(id -> !id.equals(leaving))) {
            throw new LastAdministratorException();
        }
    }
}
