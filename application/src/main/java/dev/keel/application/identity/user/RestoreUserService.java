package dev.keel.application.identity.user;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

@Singleton
public final class RestoreUserService implements RestoreUserUseCase {

    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RestoreUserService(UserRepository users, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User restore(RestoreUserCommand command) {
        UserAccessPolicy.requireAdministrator(command.actor(), "restores users");
        return unitOfWork.writeRetryingConflicts(() -> {
            CurrentAdministrator.require(users, command.actor(), "restores users");
            User user = users.findIncludingDeleted(command.id())
                    .orElseThrow(() -> new UserNotFoundException(command.id()));
            user.restore(clock.now());
            return user.hasChanges() ? users.update(user) : user;
        });
    }
}
