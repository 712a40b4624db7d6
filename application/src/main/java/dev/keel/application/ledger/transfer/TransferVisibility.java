package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.transfer.LedgerBook;
import dev.keel.domain.ledger.transfer.Transfer;

import java.util.Optional;

/** A transfer is visible to administrators and to the owners of either of its accounts; to anyone else it does not exist. */
final class TransferVisibility {

    private TransferVisibility() {
    }

    static boolean maySee(LedgerBook book, Actor actor, Transfer transfer) {
        return maySee(actor, book.account(transfer.terms().debitAccountId()), book.account(transfer.terms().creditAccountId()));
    }

    static boolean maySee(Actor actor, Optional<Account> debit, Optional<Account> credit) {
        return actor.isAdministrator() || debit.filter(account -> account.isOwnedBy(actor.userId())).isPresent()
                || credit.filter(account -> account.isOwnedBy(actor.userId())).isPresent();
    }
}
