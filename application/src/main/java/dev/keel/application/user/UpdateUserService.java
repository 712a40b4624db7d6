package dev.keel.application.user;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.user.Password;
import dev.keel.domain.user.PasswordHash;
import dev.keel.domain.user.User;
import dev.keel.domain.user.UserNotFoundException;
import dev.keel.domain.user.UserRepository;

import java.time.Instant;
import java.util.Optional;

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
        Optional<PasswordHash> newPasswordHash = command.password().flatMap(password -> newHashFor(command, password));
        return unitOfWork.write(() -> {
            User user = findLive(command);
            Versioned.requireExpected("user", command.id(), command.expectedVersion(), user.version());
            Instant now = clock.now();
            command.email().ifPresent(email -> user.changeEmail(email, now));
            command.name().ifPresent(name -> user.rename(name, now));
            command.role().ifPresent(role -> user.changeRole(role, now));
            command.status().ifPresent(status -> user.changeStatus(status, now));
            newPasswordHash.ifPresent(hash -> user.changePasswordHash(hash, now));
            return user.hasChanges() ? users.update(user) : user;
        });
    }

    /**
     * The hash to store for {@code password}, or empty when it is the user's current password. Argon2 is
     * slow on purpose, so this runs outside the write transaction and holds no connection while it hashes.
     */
    private Optional<PasswordHash> newHashFor(UpdateUserCommand command, Password password) {
        PasswordHash current = unitOfWork.read(() -> findLive(command)).passwordHash();
        return passwordHasher.matches(password, current) ? Optional.empty() : Optional.of(passwordHasher.hash(password));
    }

    private User findLive(UpdateUserCommand command) {
        return users.findLive(command.id()).orElseThrow(() -> new UserNotFoundException(command.id()));
    }
}
