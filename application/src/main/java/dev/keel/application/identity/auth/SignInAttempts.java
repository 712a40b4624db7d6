package dev.keel.application.identity.auth;

import java.time.Instant;
import java.util.List;

/**
 * The durable record of failed sign-in attempts, by subject (an e-mail or a client address, hashed by the
 * caller). One entry per failure, so concurrent failures are all counted. Runs in the caller's unit of work.
 */
public interface SignInAttempts {

    void recordFailure(String subject, Instant at);

    /** The times of the subject's failures after {@code since}, latest first, at most {@code limit}. */
    List<Instant> latestFailures(String subject, Instant since, int limit);

    /** Forgets the subject's failures (after a successful sign-in). */
    void clear(String subject);

    /** Deletes up to {@code batchSize} failures at or before {@code before}; returns how many. */
    int purgeBefore(Instant before, int batchSize);
}
