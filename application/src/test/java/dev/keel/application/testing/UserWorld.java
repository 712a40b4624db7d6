package dev.keel.application.testing;

import dev.keel.application.identity.user.CreateUserCommand;
import dev.keel.application.identity.user.CreateUserService;
import dev.keel.application.identity.user.DeleteUserCommand;
import dev.keel.application.identity.user.DeleteUserService;
import dev.keel.application.identity.user.FindUserService;
import dev.keel.application.identity.user.FindUsersService;
import dev.keel.application.identity.user.RestoreUserService;
import dev.keel.application.identity.user.UpdateUserService;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;

import java.util.Optional;

/** The user use cases wired to one shared set of in-memory fakes. */
public final class UserWorld {

    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    public final TestClock clock = new TestClock();
    public final SequentialIdGenerator ids = new SequentialIdGenerator();
    public final FakePasswordHasher hasher = new FakePasswordHasher(unitOfWork);

    public final CreateUserService create = new CreateUserService(users, hasher, unitOfWork, clock, ids);
    public final FindUserService find = new FindUserService(users, unitOfWork);
    public final FindUsersService findMany = new FindUsersService(users, unitOfWork);
    public final UpdateUserService update = new UpdateUserService(users, hasher, unitOfWork, clock);
    public final DeleteUserService delete = new DeleteUserService(users, unitOfWork, clock);
    public final RestoreUserService restore = new RestoreUserService(users, unitOfWork, clock);

    public User createUser(String email, String name) {
        return create.create(CreateUserCommand.of(email, name, "password-" + name, null));
    }

    public void softDelete(UserId id) {
        delete.delete(new DeleteUserCommand(id, false, Optional.empty()));
    }

    public User stored(UserId id) {
        return users.findIncludingDeleted(id).orElseThrow();
    }
}
