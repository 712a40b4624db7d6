package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.LedgerEntry;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;

public interface FindEntriesUseCase {

    Page<LedgerEntry> find(Actor actor, AccountId account, PageRequest page);
}
