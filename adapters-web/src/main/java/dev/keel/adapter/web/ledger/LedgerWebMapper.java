package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.application.ledger.transfer.TransferResult;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountCode;
import dev.keel.domain.ledger.account.LedgerEntry;
import dev.keel.domain.ledger.transfer.Transfer;

/** Ledger domain objects to response records. */
final class LedgerWebMapper {

    private LedgerWebMapper() {
    }

    static AccountResponse toResponse(Account account) {
        return new AccountResponse(account.id().toString(), account.code().map(AccountCode::value).orElse(null),
                account.name().value(), account.currency().code(), account.ownerId().map(UserId::toString).orElse(null),
                account.debitsMustNotExceedCredits(), account.creditsMustNotExceedDebits(), account.debitsPosted(),
                account.creditsPosted(), account.debitsPending(), account.creditsPending(), account.balance(),
                account.available(), account.version(), Timestamps.format(account.createdAt()),
                account.closedAt().map(Timestamps::format).orElse(null));
    }

    static TransferResponse toResponse(Transfer transfer) {
        return toResponse(transfer, null, null);
    }

    static TransferResponse toResponse(TransferResult result) {
        return toResponse(result.transfer(), figures(result.debitAccount()), figures(result.creditAccount()));
    }

    static EntryResponse toResponse(LedgerEntry entry) {
        return new EntryResponse(entry.transferId().toString(), entry.side().name(), entry.amount(), entry.balanceAfter(),
                entry.accountVersion(), Timestamps.format(entry.at()));
    }

    private static TransferResponse toResponse(Transfer transfer, TransferResponse.AccountFigures debit,
                                               TransferResponse.AccountFigures credit) {
        var terms = transfer.terms();
        return new TransferResponse(transfer.id().toString(), terms.debitAccountId().toString(), terms.creditAccountId().toString(),
                terms.amount(), terms.currency().code(), terms.pending(), terms.timeoutSeconds().orElse(null),
                terms.reference().orElse(null), transfer.state().name(), transfer.postedAmount().orElse(null),
                transfer.expiresAt().map(Timestamps::format).orElse(null), Timestamps.format(transfer.createdAt()),
                transfer.resolvedAt().map(Timestamps::format).orElse(null), debit, credit);
    }

    private static TransferResponse.AccountFigures figures(Account account) {
        return new TransferResponse.AccountFigures(account.id().toString(), account.balance(), account.available(), account.version());
    }
}
