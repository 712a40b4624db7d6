package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.identity.auth.ActiveAdministrators;
import jakarta.inject.Singleton;

/**
 * The ledger's administrator-only writes (an account opened for another owner or for none, money moved from an
 * account the caller does not own, a transfer of such an account posted or voided, such an account closed) confirm,
 * inside their unit of work, that the caller is an administrator now: an access token keeps the role it was issued
 * with for up to 15 minutes after a demotion. Reads (which accounts and transfers an administrator sees) trust the
 * token.
 */
@Singleton
public final class LedgerAdministrators {

    private final ActiveAdministrators administrators;

    public LedgerAdministrators(ActiveAdministrators administrators) {
        this.administrators = administrators;
    }

    /** Inside the unit of work: whether the caller's token says administrator and the store still agrees. */
    public boolean confirmed(Actor actor) {
        return actor.isAdministrator() && administrators.confirm(actor.userId());
    }

    /** Inside the unit of work: refuses (403) unless {@link #confirmed}. */
    public void require(Actor actor, String refusal) {
        if (!confirmed(actor)) {
            throw new LedgerAccessDeniedException(refusal);
        }
    }
}
