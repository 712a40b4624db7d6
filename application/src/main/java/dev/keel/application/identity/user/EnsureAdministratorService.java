package dev.keel.application.identity.user;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

@Singleton
public final class EnsureAdministratorService implements EnsureAdministratorUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final IdGenerator ids;

    public EnsureAdministratorService(UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork,
                                      Clock clock, IdGenerator ids) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public boolean ensure(EnsureAdministratorCommand command) {
        if (unitOfWork.read(() -> users.findLiveByEmail(command.email())).isPresent()) {
            return false;
        }
        PasswordHash hash = passwordHasher.hash(command.password());
        try {
            return unitOfWork.write(() -> {
                users.add(User.register(new UserId(ids.newId()), command.email(), command.name(), Role.ADMIN, hash,
                        clock.now()));
                return true;
            });
        } catch (EmailAlreadyTakenException anotherInstanceWasFaster) {
            return false;
        }
    }
}
