package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.account.LedgerAccessDeniedException;
import dev.keel.application.ledger.account.LedgerAdministrators;
import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.testing.TestClock;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountName;
import dev.keel.domain.ledger.transfer.LedgerBook;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferFilter;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferRepository;
import dev.keel.domain.ledger.transfer.TransferTerms;
import dev.keel.domain.shared.money.Currency;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batcher against a repository that holds the first two batches (one per lane) until told, so that the requests
 * made meanwhile queue up: they are then made together, each with its own outcome.
 */
class TransferBatcherTest {

    private static final Currency EUR = new Currency("EUR");
    private static final Actor ADMIN = new Actor(new UserId(UUID.randomUUID()), Role.ADMIN, new SessionId(UUID.randomUUID()));
    /** A transfer of this amount fails the write of any batch it is in, as a bug or a refused constraint would. */
    private static final long POISON = 666;

    private final Account funded = account(false);
    private final Account empty = account(true);
    private final Account other = account(false);
    private final HoldingRepository repository = new HoldingRepository(funded, empty, other);
    private final TransferDesk desk = new TransferDesk(repository, new DirectWrites(), new TestClock(),
            new LedgerAdministrators(user -> true));
    private final TransferBatcher batcher = new TransferBatcher(desk);
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Thread> callers = new CopyOnWriteArrayList<>();

    @Test
    void requestsThatArriveWhileBothLanesAreBusyAreMadeTogetherEachWithItsOwnOutcome() throws Exception {
        List<Future<BatchItemResult>> held = holdBothLanes();
        Future<BatchItemResult> first = held.get(0);
        Future<BatchItemResult> second = held.get(1);
        List<Future<BatchItemResult>> queued = List.of(queue(funded, other, 10), queue(empty, other, 20), queue(other, funded, 30));

        repository.releaseFirst();
        assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(BatchItemResult.Made.class);
        assertThat(queued.get(0).get(5, TimeUnit.SECONDS)).isInstanceOf(BatchItemResult.Made.class);
        repository.releaseSecond();
        assertThat(second.get(5, TimeUnit.SECONDS)).isInstanceOf(BatchItemResult.Made.class);

        assertThat(repository.batchSizes()).containsExactly(1, 1, 3);
        BatchItemResult.Made made = (BatchItemResult.Made) queued.get(2).get();
        assertThat(made.result().transfer().terms().amount()).isEqualTo(30);
        assertThat(made.result().debitAccount().id()).isEqualTo(other.id());
        // Its accounts as they were right after it: after the first request and the one before it in its batch.
        assertThat(made.result().debitAccount().balance()).isEqualTo(1 + 10 - 30);
        assertThat(made.result().creditAccount().creditsPosted()).isEqualTo(30);
        // The uncovered debit is refused on its own; the requests beside it are made.
        assertThat(((BatchItemResult.Refused) queued.get(1).get()).reason().problemCode()).isEqualTo("insufficient-funds");
        assertThat(repository.made()).extracting(transfer -> transfer.terms().amount()).containsExactlyInAnyOrder(1L, 2L, 10L, 30L);
    }

    @Test
    void eachRequestInABatchIsMadeOnBehalfOfItsOwnCaller() throws Exception {
        Actor member = new Actor(new UserId(UUID.randomUUID()), Role.MEMBER, new SessionId(UUID.randomUUID()));
        List<Future<BatchItemResult>> held = holdBothLanes();
        Future<BatchItemResult> byMember = queue(member, funded, other, 10);
        Future<BatchItemResult> byAdmin = queue(ADMIN, funded, other, 20);

        repository.releaseFirst();
        // The member owns no account: refused, while the administrator's request in the same batch is made.
        assertThat(((BatchItemResult.Refused) byMember.get(5, TimeUnit.SECONDS)).reason()).isInstanceOf(LedgerAccessDeniedException.class);
        BatchItemResult.Made made = (BatchItemResult.Made) byAdmin.get(5, TimeUnit.SECONDS);
        assertThat(made.result().transfer().createdBy()).contains(ADMIN.userId());
        repository.releaseSecond();
        held.get(1).get(5, TimeUnit.SECONDS);

        assertThat(repository.batchSizes()).containsExactly(1, 1, 2);
    }

    @Test
    void aBatchThatFailsAsAWholeIsMadeAgainOneRequestAtATimeSoThatOnlyTheCulpritFails() throws Exception {
        List<Future<BatchItemResult>> held = holdBothLanes();
        Future<BatchItemResult> first = held.get(0);
        Future<BatchItemResult> second = held.get(1);
        List<Future<BatchItemResult>> queued = List.of(queue(funded, other, 10), queue(funded, other, POISON), queue(other, funded, 30));

        repository.releaseFirst();
        assertThat(queued.get(0).get(5, TimeUnit.SECONDS)).isInstanceOf(BatchItemResult.Made.class);
        assertThatThrownBy(() -> queued.get(1).get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(queued.get(2).get(5, TimeUnit.SECONDS)).isInstanceOf(BatchItemResult.Made.class);
        repository.releaseSecond();
        second.get(5, TimeUnit.SECONDS);

        assertThat(first.get()).isInstanceOf(BatchItemResult.Made.class);
        assertThat(repository.batchSizes()).containsExactly(1, 1, 3, 1, 1, 1);
        assertThat(repository.made()).extracting(transfer -> transfer.terms().amount()).containsExactlyInAnyOrder(1L, 2L, 10L, 30L);
    }

    @Test
    void anUnavailableDatabaseFailsTheWholeBatchWithoutTryingEachRequestAgain() throws Exception {
        Future<BatchItemResult> second = holdBothLanes().get(1);
        List<Future<BatchItemResult>> queued = List.of(queue(funded, other, 10), queue(other, funded, 30));
        repository.unavailable = true;

        repository.releaseFirst();
        for (Future<BatchItemResult> request : queued) {
            assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DatabaseUnavailableException.class);
        }
        repository.releaseSecond();
        assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DatabaseUnavailableException.class);

        assertThat(repository.batchSizes()).containsExactly(1, 1, 2);
    }

    @Test
    void aRequestAloneIsABatchOfOneAndAnswersAtOnce() {
        repository.releaseFirst();
        BatchItemResult outcome = batcher.make(ADMIN, request(funded, other, 5));

        assertThat(outcome).isInstanceOf(BatchItemResult.Made.class);
        assertThat(repository.batchSizes()).containsExactly(1);
    }

    @Test
    void aTransferMadeUnbatchedIsMadeAloneOnItsCallersThreadWhileBatchesRunAndRequestsWait() throws Exception {
        holdBothLanes();
        Future<BatchItemResult> waiting = queue(funded, other, 3);
        MakeTransferUseCase makeTransfer = new MakeTransferService(batcher, desk);
        Thread caller = Thread.currentThread();

        TransferResult made = makeTransfer.makeUnbatched(ADMIN, request(funded, other, 4));

        assertThat(made.transfer().terms().amount()).isEqualTo(4);
        assertThat(repository.batchSizes()).containsExactly(1, 1, 1);
        assertThat(repository.recordedBy()).containsExactly(caller);
        assertThat(waiting.isDone()).as("a waiting request does not join it").isFalse();
        repository.releaseFirst();
        repository.releaseSecond();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isInstanceOf(BatchItemResult.Made.class);
    }

    /** Two requests (of 1 and 2), each making a batch of its own that the repository holds at its lock. */
    private List<Future<BatchItemResult>> holdBothLanes() throws InterruptedException {
        Future<BatchItemResult> first = submit(funded, other, 1);
        repository.awaitHeld(1);
        Future<BatchItemResult> second = submit(funded, other, 2);
        repository.awaitHeld(2);
        return List.of(first, second);
    }

    private Future<BatchItemResult> submit(Account debit, Account credit, long amount) {
        return submit(ADMIN, debit, credit, amount);
    }

    private Future<BatchItemResult> queue(Account debit, Account credit, long amount) throws InterruptedException {
        return queue(ADMIN, debit, credit, amount);
    }

    /**
     * Submits a request and waits until it waits in the queue, so that requests queued one after the other stand in
     * the queue in that order (submitted together, their threads could reach it in any order).
     */
    private Future<BatchItemResult> queue(Actor actor, Account debit, Account credit, long amount) throws InterruptedException {
        long queuedBefore = parked();
        Future<BatchItemResult> request = submit(actor, debit, credit, amount);
        awaitParked(queuedBefore + 1);
        return request;
    }

    private Future<BatchItemResult> submit(Actor actor, Account debit, Account credit, long amount) {
        TransferRequest request = request(debit, credit, amount);
        return threads.submit(() -> {
            callers.add(Thread.currentThread());
            return batcher.make(actor, request);
        });
    }

    private static TransferRequest request(Account debit, Account credit, long amount) {
        return new TransferRequest(new TransferId(UUID.randomUUID()),
                new TransferTerms(debit.id(), credit.id(), amount, EUR, false, Optional.empty(), Optional.empty()));
    }

    /**
     * Waits until {@code count} requests wait in the queue: their threads parked without a timeout, where the two held
     * batches wait with one.
     */
    private void awaitParked(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (parked() < count) {
            assertThat(System.nanoTime()).as("requests queued in time").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private long parked() {
        return callers.stream().filter(thread -> thread.getState() == Thread.State.WAITING).count();
    }

    private static Account account(boolean debitsMustNotExceedCredits) {
        return Account.open(new AccountId(UUID.randomUUID()), Optional.empty(), new AccountName("a"), EUR, Optional.empty(),
                debitsMustNotExceedCredits, false, TestClock.START);
    }

    /** Runs the work directly: the repository below is the only state. */
    private static final class DirectWrites implements UnitOfWork {

        @Override
        public <T> T write(Isolation isolation, Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T read(Isolation isolation, Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T nested(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void lockExclusively(String resource) {
            throw new UnsupportedOperationException("transfers lock their accounts' rows, no named lock");
        }
    }

    /**
     * Accounts and transfers in memory, written under one monitor (as the database's row locks would serialize them);
     * the first two batches wait at their lock until released.
     */
    private static final class HoldingRepository implements TransferRepository {

        private final Map<AccountId, Account> accounts = new ConcurrentHashMap<>();
        private final List<Transfer> made = new CopyOnWriteArrayList<>();
        private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private final List<Thread> recordedBy = new CopyOnWriteArrayList<>();
        private final AtomicInteger held = new AtomicInteger();
        private final CountDownLatch firstGate = new CountDownLatch(1);
        private final CountDownLatch secondGate = new CountDownLatch(1);
        private volatile boolean unavailable;

        HoldingRepository(Account... accounts) {
            Stream.of(accounts).forEach(account -> this.accounts.put(account.id(), account));
        }

        @Override
        public LockedAccounts lockAccountsAndFind(Collection<AccountId> ids, Collection<TransferId> transfers) {
            int call;
            synchronized (this) {
                call = batchSizes.size();
                batchSizes.add(transfers.size());
            }
            if (call < 2) {
                held.incrementAndGet();
                await(call == 0 ? firstGate : secondGate);
            }
            if (unavailable) {
                throw new DatabaseUnavailableException("no connection", null);
            }
            synchronized (this) {
                return new LockedAccounts(ids.stream().map(accounts::get).toList(), Map.of());
            }
        }

        @Override
        public synchronized void record(LedgerBook book, Instant now) {
            recordedBy.add(Thread.currentThread());
            if (book.created().stream().anyMatch(transfer -> transfer.terms().amount() == POISON)) {
                throw new IllegalStateException("refused by the database");
            }
            book.changedAccounts().forEach(account -> accounts.put(account.id(), account));
            made.addAll(book.created());
        }

        /** Waits until {@code batches} batches are held at their lock. */
        void awaitHeld(int batches) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (held.get() < batches) {
                assertThat(System.nanoTime()).as("batches held in time").isLessThan(deadline);
                Thread.sleep(1);
            }
        }

        void releaseFirst() {
            firstGate.countDown();
        }

        void releaseSecond() {
            secondGate.countDown();
        }

        /** The threads that recorded a batch, in order. */
        List<Thread> recordedBy() {
            return List.copyOf(recordedBy);
        }

        List<Integer> batchSizes() {
            return new ArrayList<>(batchSizes);
        }

        List<Transfer> made() {
            return List.copyOf(made);
        }

        private static void await(CountDownLatch gate) {
            try {
                assertThat(gate.await(5, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }

        @Override
        public Optional<Transfer> find(TransferId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Transfer> lock(TransferId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Transfer> lockExpired(Instant now, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Transfer> find(TransferFilter filter, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
