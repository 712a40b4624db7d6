package dev.keel.application.identity.user;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserRepository;
import jakarta.inject.Singleton;

@Singleton
public final class CreateUserService implements CreateUserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final IdGenerator ids;
    private final SignUpSettings signUp;

    public CreateUserService(UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock,
                             IdGenerator ids, SignUpSettings signUp) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = ids;
        this.signUp = signUp;
    }

    @Override
    public User create(CreateUserCommand command) {
        UserAccessPolicy.requireMayCreate(command.actor(), command.role(), signUp);
        // Hashing is deliberately slow: do it before the transaction so it holds no connection.
        PasswordHash hash = passwordHasher.hash(command.password());
        boolean asAdministrator = command.role() != Role.MEMBER || !signUp.open();
        return unitOfWork.write(() -> {
            if (asAdministrator) {
                CurrentAdministrator.require(users, command.actor().orElseThrow(), "creates users");
            }
            return users.add(User.register(new UserId(ids.newId()), command.email(), command.name(), command.role(),
                    hash, clock.now()));
        });
    }
}
