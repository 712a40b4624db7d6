package dev.keel.adapter.persistence.shared;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.UnitOfWork.Isolation;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class JdbcUnitOfWorkTest {

    @Inject
    JdbcUnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    @BeforeEach
    void scratchTable() {
        unitOfWork.write(() -> jdbc.prepareStatement(
                "CREATE TABLE IF NOT EXISTS uow_probe (label text NOT NULL); TRUNCATE uow_probe", ps -> ps.execute()));
    }

    @Test
    void workIsCommittedWhenItReturns() {
        unitOfWork.write(() -> insert("committed"));
        assertThat(labels()).containsExactly("committed");
    }

    @Test
    void workAbortedByADeadlockRunsAgainFromTheStartAndCommitsOnce() {
        assertRunsAgainAndCommitsOnceAfter(() -> raise("40P01"));
    }

    @Test
    void workThatLostAnOptimisticLockRunsAgainFromTheStartAndCommitsOnce() {
        assertRunsAgainAndCommitsOnceAfter(() -> {
            throw new dev.keel.domain.shared.ConcurrentUpdateException("task", "t-1");
        });
    }

    /** The first attempt inserts a row, then fails with {@code failure}; the second commits alone. */
    private void assertRunsAgainAndCommitsOnceAfter(Runnable failure) {
        int[] attempts = {0};

        String result = unitOfWork.writeRetryingConflicts(() -> {
            insert("attempt " + ++attempts[0]);
            if (attempts[0] == 1) {
                failure.run();
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts[0]).isEqualTo(2);
        assertThat(labels()).containsExactly("attempt 2");
    }

    @Test
    void aRetryAfterALostOptimisticLockHoldsTheLockThatQueuesTheOthersRetryingTheSameResource() {
        List<Boolean> othersCouldTakeIt = new ArrayList<>();

        unitOfWork.writeRetryingConflicts(() -> {
            // Another session asks for the queue of the resource: free on the first attempt, taken on the retry.
            othersCouldTakeIt.add(advisoryLockFreeForAnotherSession("task t-1"));
            if (othersCouldTakeIt.size() == 1) {
                throw new dev.keel.domain.shared.ConcurrentUpdateException("task", "t-1");
            }
            return null;
        });

        assertThat(othersCouldTakeIt).containsExactly(true, false);
        assertThat(advisoryLockFreeForAnotherSession("task t-1")).as("released with the transaction").isTrue();
    }

    @Test
    void aNamedLockIsHeldUntilTheWorkEndsAndRefusedOutsideWriteWork() {
        boolean freeWhileHeld = unitOfWork.write(() -> {
            unitOfWork.lockExclusively("task t-2");
            return advisoryLockFreeForAnotherSession("task t-2");
        });

        assertThat(freeWhileHeld).isFalse();
        assertThat(advisoryLockFreeForAnotherSession("task t-2")).as("released with the transaction").isTrue();
        assertThatThrownBy(() -> unitOfWork.lockExclusively("task t-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unitOfWork.read(() -> {
            unitOfWork.lockExclusively("task t-2");
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    /** Whether a session of its own could take the advisory lock that {@link JdbcUnitOfWork} names after {@code resource}. */
    private boolean advisoryLockFreeForAnotherSession(String resource) {
        try (Connection other = TestDatabaseSession.database().connect();
             PreparedStatement statement = other.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
            statement.setString(1, resource);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPlainWriteDoesNotRunAgainAfterALostOptimisticLock() {
        int[] attempts = {0};

        assertThatThrownBy(() -> unitOfWork.write(() -> {
            attempts[0]++;
            insert("lost");
            throw new dev.keel.domain.shared.ConcurrentUpdateException("task", "t-1");
        })).isInstanceOf(dev.keel.domain.shared.ConcurrentUpdateException.class);

        assertThat(attempts[0]).isEqualTo(1);
        assertThat(labels()).isEmpty();
    }

    @Test
    void aUseCaseChoosesWhatExhaustedRetriesEndAs() {
        int[] attempts = {0};

        assertThatThrownBy(() -> unitOfWork.writeRetryingConflicts(() -> {
            attempts[0]++;
            insert("lost");
            return raise("40P01");
        }, () -> new dev.keel.application.shared.DatabaseUnavailableException("kept colliding", null)))
                .isInstanceOf(dev.keel.application.shared.DatabaseUnavailableException.class).hasMessage("kept colliding");

        assertThat(attempts[0]).isEqualTo(JdbcUnitOfWork.MAX_ATTEMPTS);
        assertThat(labels()).isEmpty();
    }

    @Test
    void workThatKeepsHittingSerializationFailuresEndsAsAConflictAfterABoundedNumberOfAttempts() {
        assertThat(attemptsBeforeGivingUp(() -> raise("40001"))).isEqualTo(JdbcUnitOfWork.MAX_ATTEMPTS);
    }

    @Test
    void workThatKeepsLosingItsOptimisticLockEndsAsAConflictOnceItsRetryWindowHasPassed() {
        long started = System.nanoTime();

        int attempts = attemptsBeforeGivingUp(() -> {
            throw new dev.keel.domain.shared.ConcurrentUpdateException("task", "t-1");
        });

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isBetween(JdbcUnitOfWork.LOST_LOCK_RETRY_WINDOW,
                JdbcUnitOfWork.LOST_LOCK_RETRY_WINDOW.plusSeconds(1));
        assertThat(attempts).isGreaterThan(JdbcUnitOfWork.MAX_ATTEMPTS);
    }

    /**
     * Runs work that inserts a row and then always fails with {@code failure}; checks that it ends as the default
     * conflict with nothing committed, and answers how often it ran.
     */
    private int attemptsBeforeGivingUp(Runnable failure) {
        int[] attempts = {0};

        assertThatThrownBy(() -> unitOfWork.writeRetryingConflicts(() -> {
            attempts[0]++;
            insert("lost");
            failure.run();
            return null;
        })).isInstanceOf(dev.keel.domain.shared.ConflictException.class).hasMessageContaining("kept colliding");

        assertThat(labels()).isEmpty();
        return attempts[0];
    }

    @Test
    void otherFailuresAreNotRetried() {
        int[] attempts = {0};
        assertThatThrownBy(() -> unitOfWork.writeRetryingConflicts(() -> {
            attempts[0]++;
            return raise("23505");
        })).isNotInstanceOf(dev.keel.domain.shared.ConflictException.class);
        assertThat(attempts[0]).isEqualTo(1);
    }

    /** Makes PostgreSQL fail the statement with {@code sqlState}. */
    private Object raise(String sqlState) {
        return jdbc.prepareStatement("DO $$ BEGIN RAISE EXCEPTION 'probe' USING ERRCODE = '" + sqlState + "'; END $$",
                ps -> ps.execute());
    }

    @Test
    void workIsRolledBackWhenItThrows() {
        assertThatThrownBy(() -> unitOfWork.write(() -> {
            insert("lost");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(labels()).isEmpty();
    }

    @Test
    void nestedWorkRollsBackToItsSavepointOnly() {
        unitOfWork.write(() -> {
            insert("outer-before");
            assertThatThrownBy(() -> unitOfWork.nested(() -> {
                insert("inner");
                throw new IllegalStateException("inner fails");
            })).hasMessage("inner fails");
            unitOfWork.nested(() -> insert("inner-kept"));
            return insert("outer-after");
        });
        assertThat(labels()).containsExactlyInAnyOrder("outer-before", "inner-kept", "outer-after");
    }

    @Test
    void aUnitOfWorkInsideAnotherJoinsItAndItsFailureRollsBackOnlyToTheSurroundingSavepoint() {
        unitOfWork.write(() -> {
            insert("outer");
            assertThatThrownBy(() -> unitOfWork.nested(() -> unitOfWork.write(() -> {
                insert("inner use case");
                throw new IllegalStateException("use case refused");
            }))).hasMessage("use case refused");
            return insert("after the refusal");
        });
        assertThat(labels()).containsExactlyInAnyOrder("outer", "after the refusal");
    }

    @Test
    void aJoinedUnitOfWorkCommitsOnlyWithTheOutermostOne() {
        assertThatThrownBy(() -> unitOfWork.write(() -> {
            unitOfWork.write(() -> insert("joined"));
            throw new IllegalStateException("outer fails after the inner returned");
        })).hasMessage("outer fails after the inner returned");
        assertThat(labels()).isEmpty();
    }

    @Test
    void readOnlyTransactionsCannotWrite() {
        assertThatThrownBy(() -> unitOfWork.read(Isolation.REPEATABLE_READ, () -> insert("refused")))
                .isInstanceOf(RuntimeException.class).isNotInstanceOf(DatabaseUnavailableException.class);
        assertThat(labels()).isEmpty();
    }

    @Test
    void aReadAtReadCommittedRunsStatementByStatementWithoutATransaction() {
        // now() is the start of the transaction: it moves between statements only when each is a transaction.
        String firstOfTwo = "SELECT now()::text";
        String secondOfTwo = "SELECT now()::text FROM pg_sleep(0.01)";
        List<String> autocommit = unitOfWork.read(() -> List.of(text(firstOfTwo), text(secondOfTwo)));
        List<String> transaction = unitOfWork.read(Isolation.REPEATABLE_READ, () -> List.of(text(firstOfTwo), text(secondOfTwo)));

        assertThat(autocommit.get(0)).as("autocommit: each statement is its own transaction").isNotEqualTo(autocommit.get(1));
        assertThat(transaction.get(0)).as("one transaction for the whole work").isEqualTo(transaction.get(1));
    }

    @Test
    void aReadInsideAWriteJoinsItsTransaction() {
        unitOfWork.write(() -> {
            insert("uncommitted");
            assertThat(unitOfWork.read(this::labels)).containsExactly("uncommitted");
            return null;
        });
    }

    @Test
    void isolationLevelReachesTheDatabase() {
        assertThat(unitOfWork.read(Isolation.REPEATABLE_READ, () -> show("transaction_isolation"))).isEqualTo("repeatable read");
        assertThat(unitOfWork.read(Isolation.SERIALIZABLE, () -> show("transaction_read_only"))).isEqualTo("on");
        assertThat(unitOfWork.write(Isolation.SERIALIZABLE, () -> show("transaction_isolation"))).isEqualTo("serializable");
        assertThat(unitOfWork.write(() -> show("transaction_isolation"))).isEqualTo("read committed");
    }

    @Test
    void statementTimeoutBecomesDatabaseUnavailable() {
        assertThatThrownBy(() -> unitOfWork.write(() -> jdbc.prepareStatement(
                "SET LOCAL statement_timeout = '50ms'; SELECT pg_sleep(2)", ps -> ps.execute())))
                .isInstanceOf(DatabaseUnavailableException.class);
    }

    private int insert(String label) {
        return jdbc.prepareStatement("INSERT INTO uow_probe (label) VALUES (?)", ps -> {
            ps.setString(1, label);
            return ps.executeUpdate();
        });
    }

    private List<String> labels() {
        return unitOfWork.read(() -> jdbc.prepareStatement("SELECT label FROM uow_probe", ps -> {
            List<String> labels = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.add(rs.getString(1));
                }
            }
            return labels;
        }));
    }

    private String text(String sql) {
        return jdbc.prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private String show(String setting) {
        return jdbc.prepareStatement("SELECT current_setting(?)", ps -> {
            ps.setString(1, setting);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
