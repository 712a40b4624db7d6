package dev.keel.application.testing;

import dev.keel.application.identity.auth.SignInAttempts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Failed sign-ins in a list. */
public final class InMemorySignInAttempts implements SignInAttempts {

    private record Failure(String subject, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public void recordFailure(String subject, Instant at) {
        failures.add(new Failure(subject, at));
    }

    @Override
    public List<Instant> latestFailures(String subject, Instant since, int limit) {
        return failures.stream().filter(f -> f.subject().equals(subject) && f.at().isAfter(since))
                .map(Failure::at).sorted(Comparator.reverseOrder()).limit(limit).toList();
    }

    @Override
    public void clear(String subject) {
        failures.removeIf(f -> f.subject().equals(subject));
    }

    @Override
    public int purgeBefore(Instant before, int batchSize) {
        int purged = 0;
        for (var it = failures.iterator(); it.hasNext() && purged < batchSize; ) {
            if (!it.next().at().isAfter(before)) {
                it.remove();
                purged++;
            }
        }
        return purged;
    }
}
