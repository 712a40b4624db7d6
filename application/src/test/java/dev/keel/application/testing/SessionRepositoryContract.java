package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.RefreshTokenHash;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link SessionRepository} owes its callers, run against the in-memory fake
 * ({@code InMemorySessionRepositoryTest}) and the PostgreSQL adapter ({@code SessionPersistenceAdapterContractTest}).
 * Every test works on sessions of users of its own; the purge test uses times far before any other test's.
 */
public abstract class SessionRepositoryContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant T0 = Instant.parse("2031-03-04T05:06:07.123456Z");

    private UserId ada;
    private UserId bob;

    protected abstract SessionRepository sessions();

    /** Where the sessions' users are stored (the database refers to them). */
    protected abstract UserRepository users();

    protected abstract UnitOfWork unitOfWork();

    @BeforeEach
    void addUsers() {
        ada = addUser("ada");
        bob = addUser("bob");
    }

    @Test
    void addedSessionIsReadBackWithEveryField() {
        Session session = start(ada, "curl/8", T0);

        Session found = write(() -> sessions().find(session.id())).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(session);
        assertThat(found.expiresAt()).isEqualTo(T0.plus(Session.LIFETIME));
        assertThat(write(() -> sessions().find(new SessionId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aRefreshTokenIsFoundWithItsSessionUntilMarkedUsedAndThenFoundUsed() {
        Session session = start(ada, null, T0);
        RefreshTokenHash hash = newHash();
        write(() -> sessions().addRefreshToken(hash, session.id(), T0));

        var locked = write(() -> sessions().lockRefreshToken(hash)).orElseThrow();
        assertThat(locked.used()).isFalse();
        assertThat(locked.hash()).isEqualTo(hash);
        assertThat(locked.session()).usingRecursiveComparison().isEqualTo(session);

        write(() -> sessions().markRefreshTokenUsed(hash, T0.plusSeconds(5)));
        assertThat(write(() -> sessions().lockRefreshToken(hash)).orElseThrow().used()).isTrue();
        assertThat(write(() -> sessions().lockRefreshToken(newHash()))).isEmpty();
    }

    @Test
    void activeSessionsAreTheUsersUnrevokedUnexpiredOnesMostRecentlyUsedFirst() {
        Session older = start(ada, "older", T0);
        Session newer = start(ada, "newer", T0.plusSeconds(10));
        Session revoked = start(ada, "revoked", T0.plusSeconds(20));
        start(bob, "bob's", T0);
        revoked.revoke(T0.plusSeconds(30));
        write(() -> sessions().update(revoked));
        Session refreshed = write(() -> sessions().find(older.id())).orElseThrow();
        refreshed.markUsed(T0.plusSeconds(40));
        write(() -> sessions().update(refreshed));

        Instant now = T0.plusSeconds(50);
        assertThat(write(() -> sessions().findActive(ada, now))).extracting(Session::id)
                .containsExactly(older.id(), newer.id());
        assertThat(write(() -> sessions().findActive(ada, newer.expiresAt()))).isEmpty();
        assertThat(write(() -> sessions().findActive(ada, older.expiresAt().minusNanos(1000))))
                .extracting(Session::id).containsExactly(older.id(), newer.id());
    }

    @Test
    void updateWritesUseAndRevocationAtTheNextVersionAndAStaleOneIsAConcurrentUpdate() {
        Session session = start(ada, null, T0);
        session.markUsed(T0.plusSeconds(60));
        session.revoke(T0.plusSeconds(61));
        write(() -> sessions().update(session));

        Session stored = write(() -> sessions().find(session.id())).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.lastUsedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(stored.revokedAt()).contains(T0.plusSeconds(61));
        assertThatThrownBy(() -> write(() -> sessions().update(session))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void revokeAllRevokesOnlyTheUsersOpenSessionsAndKeepsEarlierRevocations() {
        Session first = start(ada, null, T0);
        Session second = start(ada, null, T0);
        Session bobs = start(bob, null, T0);
        first.revoke(T0.plusSeconds(1));
        write(() -> sessions().update(first));

        int revoked = write(() -> sessions().revokeAll(ada, T0.plusSeconds(2)));

        assertThat(revoked).isEqualTo(1);
        assertThat(write(() -> sessions().find(first.id())).orElseThrow().revokedAt()).contains(T0.plusSeconds(1));
        assertThat(write(() -> sessions().find(second.id())).orElseThrow().revokedAt()).contains(T0.plusSeconds(2));
        assertThat(write(() -> sessions().find(bobs.id())).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void purgeDeletesSessionsEndedAtOrBeforeTheCutOffWithTheirTokensInBatches() {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        Session expired = start(ada, "expired", longAgo);
        Session expiresAtCutOff = start(ada, "at cut-off", longAgo.plus(Duration.ofDays(1)));
        Session revoked = start(ada, "revoked", longAgo.plus(Duration.ofDays(20)));
        revoked.revoke(longAgo.plus(Duration.ofDays(21)));
        write(() -> sessions().update(revoked));
        Session revokedLater = start(ada, "revoked later", longAgo.plus(Duration.ofDays(20)));
        revokedLater.revoke(longAgo.plus(Duration.ofDays(40)));
        write(() -> sessions().update(revokedLater));
        Session active = start(ada, "active", longAgo.plus(Duration.ofDays(25)));
        RefreshTokenHash expiredToken = newHash();
        write(() -> sessions().addRefreshToken(expiredToken, expired.id(), longAgo));
        RefreshTokenHash activeToken = newHash();
        write(() -> sessions().addRefreshToken(activeToken, active.id(), longAgo.plus(Duration.ofDays(25))));
        Instant cutOff = expiresAtCutOff.expiresAt();

        assertThat(write(() -> sessions().purgeEndedBefore(cutOff, 2))).isEqualTo(2);
        assertThat(write(() -> sessions().purgeEndedBefore(cutOff, 2))).isEqualTo(1);
        assertThat(write(() -> sessions().purgeEndedBefore(cutOff, 2))).isZero();

        for (Session gone : new Session[] {expired, expiresAtCutOff, revoked}) {
            assertThat(write(() -> sessions().find(gone.id()))).as(gone.userAgent().orElseThrow()).isEmpty();
        }
        assertThat(write(() -> sessions().find(revokedLater.id()))).isPresent();
        assertThat(write(() -> sessions().find(active.id()))).isPresent();
        assertThat(write(() -> sessions().lockRefreshToken(expiredToken))).isEmpty();
        assertThat(write(() -> sessions().lockRefreshToken(activeToken))).isPresent();
    }

    private Session start(UserId user, String userAgent, Instant at) {
        Session session = Session.start(new SessionId(UUID.randomUUID()), user, userAgent, at);
        write(() -> sessions().add(session));
        return session;
    }

    private UserId addUser(String name) {
        String marker = HexFormat.of().formatHex(RANDOM.generateSeed(6));
        User user = User.register(new UserId(UUID.randomUUID()), new Email(name + "-" + marker + "@example.com"),
                new UserName(name), Role.MEMBER, new PasswordHash("hashed"), T0);
        unitOfWork().write(() -> users().add(user));
        return user.id();
    }

    private static RefreshTokenHash newHash() {
        return new RefreshTokenHash(HexFormat.of().formatHex(RANDOM.generateSeed(32)));
    }

    private <T> T write(Supplier<T> work) {
        return unitOfWork().write(work::get);
    }

    private void write(Runnable work) {
        unitOfWork().write(() -> {
            work.run();
            return null;
        });
    }
}
