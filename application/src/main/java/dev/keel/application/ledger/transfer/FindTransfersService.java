package dev.keel.application.ledger.transfer;

import dev.keel.application.ledger.account.AccountAccess;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferFilter;
import dev.keel.domain.ledger.transfer.TransferRepository;
import dev.keel.domain.shared.paging.Page;
import jakarta.inject.Singleton;

import java.util.Optional;

/** A user lists the transfers of their accounts (of one of them, with accountId), an administrator all; newest first. */
@Singleton
public final class FindTransfersService implements FindTransfersUseCase {

    private final AccountRepository accounts;
    private final TransferRepository transfers;
    private final UnitOfWork unitOfWork;

    public FindTransfersService(AccountRepository accounts, TransferRepository transfers, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<Transfer> find(TransfersQuery query) {
        TransferFilter filter = new TransferFilter(query.actor().isAdministrator() ? Optional.empty() : Optional.of(query.actor().userId()),
                query.account(), query.state(), query.createdAfter(), query.createdBefore());
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> {
            query.account().ifPresent(account -> AccountAccess.visible(accounts, account, query.actor()));
            return transfers.find(filter, query.page());
        });
    }
}
