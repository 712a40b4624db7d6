package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.account.LedgerAccessDeniedException;
import dev.keel.application.ledger.account.LedgerAdministrators;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountNotFoundException;
import dev.keel.domain.ledger.transfer.LedgerBook;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferConflictException;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferRepository;
import dev.keel.domain.shared.DomainException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Makes transfers, one or a batch, in one unit of work at READ COMMITTED:
 * <ol>
 *   <li>lock every account the requests name, in id order (no two units of work can wait for each other's locks), and
 *   then read the transfers that already have the requests' ids, in one round trip: under those locks, a concurrent
 *   request with the same id has either committed (and is seen) or not started;</li>
 *   <li>apply the requests one after another to the locked accounts ({@link LedgerBook}); an id seen before is a replay
 *   when its fields match, else a 409 naming the fields that differ;</li>
 *   <li>write the changed accounts, the transfers and their entries in one statement, then commit.</li>
 * </ol>
 * The database's checks back the rules (no account beyond its limit, entries append-only). A deadlock or serialization
 * failure (not expected with ordered locks) runs the whole unit again, up to three times, then answers 503.
 */
@Singleton
public final class TransferDesk {

    private final TransferRepository transfers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final LedgerAdministrators administrators;

    public TransferDesk(TransferRepository transfers, UnitOfWork unitOfWork, Clock clock,
                        LedgerAdministrators administrators) {
        this.administrators = administrators;
        this.transfers = transfers;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    List<BatchItemResult> make(Actor actor, List<TransferRequest> requests, boolean atomic) {
        return make(requests.stream().map(request -> new Submission(actor, request)).toList(), atomic);
    }

    /** As {@link #make(Actor, List, boolean)}, each request on behalf of its own caller. */
    List<BatchItemResult> make(List<Submission> submissions, boolean atomic) {
        return unitOfWork.writeRetryingConflicts(() -> {
            Instant now = clock.now();
            TreeSet<AccountId> ids = new TreeSet<>();
            submissions.forEach(submission -> {
                ids.add(submission.request().terms().debitAccountId());
                ids.add(submission.request().terms().creditAccountId());
            });
            TransferRepository.LockedAccounts locked = transfers.lockAccountsAndFind(ids,
                    submissions.stream().map(submission -> submission.request().id()).toList());
            LedgerBook book = new LedgerBook(locked.accounts());
            Map<TransferId, Transfer> known = new HashMap<>(locked.transfers());
            // One confirmation per caller and unit of work, however many of a batch's transfers rely on it.
            Map<UserId, Boolean> confirmed = new HashMap<>();
            Predicate<Actor> administrator = actor -> confirmed.computeIfAbsent(actor.userId(),
                    id -> administrators.confirmed(actor));
            List<BatchItemResult> outcomes = new ArrayList<>(submissions.size());
            for (int i = 0; i < submissions.size(); i++) {
                TransferRequest request = submissions.get(i).request();
                try {
                    TransferResult made = apply(book, known, submissions.get(i).actor(), request, now, administrator);
                    known.put(request.id(), made.transfer());
                    outcomes.add(new BatchItemResult.Made(made));
                } catch (DomainException refused) {
                    if (atomic) {
                        throw new BatchRefusedException(i, refused);
                    }
                    outcomes.add(new BatchItemResult.Refused(refused));
                }
            }
            transfers.record(book, now);
            return outcomes;
        }, () -> new DatabaseUnavailableException("the transfers kept colliding with concurrent ones; retry them", null));
    }

    /** A transfer request and the caller it is made for. */
    record Submission(Actor actor, TransferRequest request) {
    }

    /** The transfer made or replayed, with its accounts as they are right after it. */
    private TransferResult apply(LedgerBook book, Map<TransferId, Transfer> known, Actor actor, TransferRequest request,
                                 Instant now, Predicate<Actor> administrator) {
        Transfer existing = known.get(request.id());
        if (existing != null) {
            List<String> differences = existing.terms().differences(request.terms());
            if (!differences.isEmpty()) {
                throw TransferConflictException.idReused(request.id(), differences);
            }
            requireMayDebit(book, actor, existing.terms().debitAccountId(), administrator);
            return result(book, existing, true);
        }
        request.terms().requireValid();
        requireMayDebit(book, actor, request.terms().debitAccountId(), administrator);
        return result(book, book.make(request.id(), request.terms(), actor.userId(), now), false);
    }

    static TransferResult result(LedgerBook book, Transfer transfer, boolean replayed) {
        return new TransferResult(transfer, book.account(transfer.terms().debitAccountId()).orElseThrow(),
                book.account(transfer.terms().creditAccountId()).orElseThrow(), replayed);
    }

    /**
     * The caller must own the debit account, or be an administrator, confirmed by {@code administrator} (which asks
     * the store: see {@link LedgerAdministrators}); an account they cannot see is a 404.
     */
    static void requireMayDebit(LedgerBook book, Actor actor, AccountId debitAccount, Predicate<Actor> administrator) {
        Account account = book.account(debitAccount).orElseThrow(() -> new AccountNotFoundException(debitAccount));
        if (!account.isOwnedBy(actor.userId()) && !administrator.test(actor)) {
            throw new LedgerAccessDeniedException("only the owner of the debit account, or an administrator, moves money from it");
        }
    }
}
