package dev.keel.application.identity.user;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

@Singleton
public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateUserService(UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User update(UpdateUserCommand command) {
        // Hashing is slow on purpose: the candidate hash is made before the transaction, so that only the
        // check against the stored hash runs while a connection is held.
        Optional<PasswordHash> candidateHash = command.password().map(passwordHasher::hash);
        return unitOfWork.write(() -> {
            User user = users.findLive(command.id()).orElseThrow(() -> new UserNotFoundException(command.id()));
            Versioned.requireExpected("user", command.id(), command.expectedVersion(), user.version());
            Instant now = clock.now();
            command.email().ifPresent(email -> user.changeEmail(email, now));
            command.name().ifPresent(name -> user.rename(name, now));
            command.role().ifPresent(role -> user.changeRole(role, now));
            command.status().ifPresent(status -> user.changeStatus(status, now));
            command.password()
                    .filter(password -> !passwordHasher.matches(password, user.passwordHash()))
                    .ifPresent(password -> user.changePasswordHash(candidateHash.orElseThrow(), now));
            return user.hasChanges() ? users.update(user) : user;
        });
    }
}
