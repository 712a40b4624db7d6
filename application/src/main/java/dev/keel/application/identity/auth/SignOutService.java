package dev.keel.application.identity.auth;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.SessionRepository;
import jakarta.inject.Singleton;

@Singleton
public final class SignOutService implements SignOutUseCase {

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SignOutService(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void signOut(SignOutCommand command) {
        unitOfWork.write(() -> {
            sessions.find(command.actor().sessionId()).filter(s -> s.belongsTo(command.actor().userId()))
                    .ifPresent(session -> {
                        session.revoke(clock.now());
                        sessions.update(session);
                    });
            return null;
        });
    }
}
