package dev.keel.application.identity.user;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteUserService(UserRepository users, SessionRepository sessions, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteUserCommand command) {
        UserAccessPolicy.requireAdministrator(command.actor(), "deletes users");
        unitOfWork.writeRetryingConflicts(() -> {
            List<UserId> administrators = CurrentAdministrator.requireAmongAll(users, command.actor(),
                    "deletes users");
            Optional<User> found = command.permanent() ? users.findIncludingDeleted(command.id())
                    : users.findLive(command.id());
            User user = found.orElseThrow(() -> new UserNotFoundException(command.id()));
            Versioned.requireExpected("user", command.id(), command.expectedVersion(), user.version());
            if (user.isActiveAdministrator()) {
                LastAdministratorGuard.requireAnotherActiveAdministrator(administrators, user.id());
            }
            Instant now = clock.now();
            if (command.permanent()) {
                // The user's sessions and refresh tokens go with the row (ON DELETE CASCADE).
                users.remove(user);
            } else {
                user.softDelete(now);
                users.update(user);
                sessions.revokeAll(user.id(), now);
            }
            return null;
        });
    }
}
