package dev.keel.application.identity.auth;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.shared.UnauthenticatedException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

@Singleton
public final class RefreshSessionService implements RefreshSessionUseCase {

    static final String FAILURE = "the refresh token is invalid, expired or revoked; sign in again";

    private final SessionRepository sessions;
    private final UserRepository users;
    private final SessionTokens tokens;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RefreshSessionService(SessionRepository sessions, UserRepository users, SessionTokens tokens,
                                 UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public IssuedTokens refresh(RefreshSessionCommand command) {
        var hash = SessionTokens.hash(command.refreshToken())
                .orElseThrow(() -> new UnauthenticatedException(FAILURE));
        // A refused refresh may still have to commit (the revocation after a reuse), so the unit of work returns
        // empty instead of throwing.
        Optional<IssuedTokens> issued = unitOfWork.write(() -> {
            Instant now = clock.now();
            var stored = sessions.lockRefreshToken(hash).orElse(null);
            if (stored == null || !stored.session().isActiveAt(now)) {
                return Optional.empty();
            }
            Session session = stored.session();
            Optional<User> user = users.findLive(session.userId()).filter(User::maySignIn);
            if (stored.used() || user.isEmpty()) {
                // A rotated token came back: it was stolen or replayed. End every token of this sign-in.
                session.revoke(now);
                sessions.update(session);
                return Optional.empty();
            }
            sessions.markRefreshTokenUsed(hash, now);
            session.markUsed(now);
            sessions.update(session);
            return Optional.of(tokens.issue(session, user.get(), now));
        });
        return issued.orElseThrow(() -> new UnauthenticatedException(FAILURE));
    }
}
