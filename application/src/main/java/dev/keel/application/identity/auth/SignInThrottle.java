package dev.keel.application.identity.auth;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.TooManyAttemptsException;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in throttling: after {@code maxFailuresPerEmail} failures for one e-mail (or {@code maxFailuresPerAddress}
 * from one client address) within the window, further attempts are refused with the time until the window frees,
 * whether their password is right or not. A successful sign-in forgets the e-mail's failures (not the address's).
 * Subjects are stored as SHA-256 hashes, so the table holds no e-mail address.
 */
@Singleton
public final class SignInThrottle {

    private final SignInAttempts attempts;
    private final SignInThrottleSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SignInThrottle(SignInAttempts attempts, SignInThrottleSettings settings, UnitOfWork unitOfWork, Clock clock) {
        this.attempts = attempts;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Refuses with {@link TooManyAttemptsException} while the e-mail or the address is locked out. */
    public void requireAllowed(String email, String clientAddress) {
        Instant now = clock.now();
        Instant since = now.minus(settings.window());
        Optional<Duration> wait = unitOfWork.read(() -> max(
                lockedFor(emailSubject(email), since, settings.maxFailuresPerEmail(), now),
                clientAddress == null ? Optional.empty()
                        : lockedFor(addressSubject(clientAddress), since, settings.maxFailuresPerAddress(), now)));
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("too many failed sign-in attempts; try again later", wait.get());
        }
    }

    /** Counts one failure against the e-mail and the address; runs in its own unit of work. */
    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.now();
        unitOfWork.write(() -> {
            attempts.recordFailure(emailSubject(email), now);
            if (clientAddress != null) {
                attempts.recordFailure(addressSubject(clientAddress), now);
            }
            return null;
        });
    }

    /** Forgets the e-mail's failures; inside the caller's unit of work. */
    void clear(String email) {
        attempts.clear(emailSubject(email));
    }

    private Optional<Duration> lockedFor(String subject, Instant since, int threshold, Instant now) {
        List<Instant> latest = attempts.latestFailures(subject, since, threshold);
        if (latest.size() < threshold) {
            return Optional.empty();
        }
        // The oldest of the last `threshold` failures leaves the window first; then one more attempt is allowed.
        Instant frees = latest.getLast().plus(settings.window());
        Duration wait = Duration.between(now, frees);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    static String emailSubject(String email) {
        return "email:" + sha256(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    static String addressSubject(String address) {
        return "address:" + sha256(address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
