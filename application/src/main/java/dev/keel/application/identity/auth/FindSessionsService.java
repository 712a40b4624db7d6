package dev.keel.application.identity.auth;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionRepository;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public final class FindSessionsService implements FindSessionsUseCase {

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public FindSessionsService(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<Session> find(FindSessionsQuery query) {
        return unitOfWork.read(() -> sessions.findActive(query.actor().userId(), clock.now()));
    }
}
