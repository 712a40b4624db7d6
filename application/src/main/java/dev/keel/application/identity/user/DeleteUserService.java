package dev.keel.application.identity.user;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

import java.util.Optional;

@Singleton
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteUserService(UserRepository users, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteUserCommand command) {
        unitOfWork.write(() -> {
            Optional<User> found = command.permanent() ? users.findIncludingDeleted(command.id())
                    : users.findLive(command.id());
            User user = found.orElseThrow(() -> new UserNotFoundException(command.id()));
            Versioned.requireExpected("user", command.id(), command.expectedVersion(), user.version());
            if (command.permanent()) {
                users.remove(user);
            } else {
                user.softDelete(clock.now());
                users.update(user);
            }
            return null;
        });
    }
}
