package dev.keel.application.identity.auth;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionNotFoundException;
import dev.keel.domain.identity.session.SessionRepository;
import jakarta.inject.Singleton;

@Singleton
public final class RevokeSessionService implements RevokeSessionUseCase {

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RevokeSessionService(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void revoke(RevokeSessionCommand command) {
        unitOfWork.write(() -> {
            Session session = sessions.find(command.session())
                    .filter(s -> s.belongsTo(command.actor().userId()))
                    .orElseThrow(() -> new SessionNotFoundException(command.session()));
            session.revoke(clock.now());
            sessions.update(session);
            return null;
        });
    }
}
