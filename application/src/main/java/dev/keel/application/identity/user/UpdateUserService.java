package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.SignInThrottle;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserNotFoundException;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.identity.user.UserStatus;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.Versioned;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher passwordHasher;
    private final SignInThrottle throttle;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdateUserService(UserRepository users, SessionRepository sessions, PasswordHasher passwordHasher,
                             SignInThrottle throttle, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public User update(UpdateUserCommand command) {
        UserAccessPolicy.requireMayUpdate(command.actor(), command.id(),
                command.email().isPresent() || command.name().isPresent(), command.password().isPresent(),
                command.role().isPresent() || command.status().isPresent());
        // Argon2 is slow on purpose: the current password is checked and the candidate hash made before the
        // transaction; inside it, the stored hash must still be the one that was checked.
        Optional<PasswordHash> verifiedHash = command.password().map(password -> verifyCurrentPassword(command));
        Optional<PasswordHash> candidateHash = command.password().map(passwordHasher::hash);
        boolean roleOrStatus = command.role().isPresent() || command.status().isPresent();
        boolean othersProfile = !command.actor().is(command.id())
                && (command.email().isPresent() || command.name().isPresent());
        return unitOfWork.writeRetryingConflicts(() -> {
            List<UserId> administrators = roleOrStatus
                    ? CurrentAdministrator.requireAmongAll(users, command.actor(), "changes roles and status")
                    : null;
            if (!roleOrStatus && othersProfile) {
                CurrentAdministrator.require(users, command.actor(), "changes another user's e-mail and name");
            }
            User user = users.findLive(command.id()).orElseThrow(() -> new UserNotFoundException(command.id()));
            Versioned.requireExpected("user", command.id(), command.expectedVersion(), user.version());
            if (verifiedHash.isPresent() && !verifiedHash.get().equals(user.passwordHash())) {
                throw new ConcurrentUpdateException("user", command.id());
            }
            boolean wasActiveAdministrator = user.isActiveAdministrator();
            Instant now = clock.now();
            command.email().ifPresent(email -> user.changeEmail(email, now));
            command.name().ifPresent(name -> user.rename(name, now));
            command.role().ifPresent(role -> user.changeRole(role, now));
            command.status().ifPresent(status -> user.changeStatus(status, now));
            boolean newPassword = command.password()
                    .filter(password -> !passwordHasher.matches(password, user.passwordHash()))
                    .isPresent();
            if (newPassword) {
                user.changePasswordHash(candidateHash.orElseThrow(), now);
            }
            if (wasActiveAdministrator && !user.isActiveAdministrator()) {
                LastAdministratorGuard.requireAnotherActiveAdministrator(
                        administrators != null ? administrators : users.lockActiveAdministrators(), user.id());
            }
            if (!user.hasChanges()) {
                return user;
            }
            User updated = users.update(user);
            if (newPassword || command.status().filter(s -> s == UserStatus.SUSPENDED).isPresent()) {
                sessions.revokeAll(user.id(), now);
            }
            return updated;
        });
    }

    /** The stored hash the current password matched; a wrong one counts as a failed sign-in. */
    private PasswordHash verifyCurrentPassword(UpdateUserCommand command) {
        User user = unitOfWork.read(() -> users.findLive(command.id()))
                .orElseThrow(() -> new UserNotFoundException(command.id()));
        String email = user.email().value();
        throttle.requireAllowed(email, null);
        String current = command.currentPassword().orElseThrow();
        boolean matches;
        try {
            matches = passwordHasher.matches(new Password(current), user.passwordHash());
        } catch (RuntimeException invalid) {
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(email, null);
            throw new WrongCurrentPasswordException();
        }
        return user.passwordHash();
    }
}
