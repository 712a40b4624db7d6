package dev.keel.adapter.persistence.identity.session;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.RefreshTokenHash;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The job deletes sessions ended longer ago than the retention (7 days by default), with their refresh tokens. */
@MicronautTest(transactional = false)
class SessionPurgeJobTest {

    @Inject
    SessionPurgeJob job;

    @Inject
    SessionPersistenceAdapter sessions;

    @Inject
    UserRepository users;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Clock clock;

    @Test
    void sessionsEndedLongerAgoThanTheRetentionGoWithTheirTokensAndTheOthersStay() {
        Instant now = clock.now();
        UserId user = new UserId(UUID.randomUUID());
        unitOfWork.write(() -> users.add(User.register(user, new Email("purge-" + user.value() + "@example.com"),
                new UserName("Purge"), Role.MEMBER, new PasswordHash("hashed"), now.minus(Duration.ofDays(60)))));
        Session expiredLongAgo = start(user, now.minus(Session.LIFETIME).minus(Duration.ofDays(8)), null);
        Session revokedLongAgo = start(user, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(8)));
        Session revokedRecently = start(user, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(6)));
        Session expiredRecently = start(user, now.minus(Session.LIFETIME).minus(Duration.ofDays(6)), null);
        Session active = start(user, now.minus(Duration.ofDays(1)), null);
        RefreshTokenHash token = new RefreshTokenHash((UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", ""));
        unitOfWork.write(() -> {
            sessions.addRefreshToken(token, expiredLongAgo.id(), expiredLongAgo.createdAt());
            return null;
        });

        assertThat(job.purge()).isGreaterThanOrEqualTo(2);

        assertThat(find(expiredLongAgo)).isFalse();
        assertThat(find(revokedLongAgo)).isFalse();
        assertThat(unitOfWork.write(() -> sessions.lockRefreshToken(token))).isEmpty();
        assertThat(find(revokedRecently)).isTrue();
        assertThat(find(expiredRecently)).isTrue();
        assertThat(find(active)).isTrue();
    }

    private Session start(UserId user, Instant at, Instant revokedAt) {
        Session session = Session.start(new SessionId(UUID.randomUUID()), user, null, at);
        unitOfWork.write(() -> {
            sessions.add(session);
            if (revokedAt != null) {
                session.revoke(revokedAt);
                sessions.update(session);
            }
            return null;
        });
        return session;
    }

    private boolean find(Session session) {
        return unitOfWork.read(() -> sessions.find(session.id())).isPresent();
    }
}
