package dev.keel.application.testing;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.identity.auth.FindSessionsService;
import dev.keel.application.identity.auth.RefreshSessionService;
import dev.keel.application.identity.auth.RevokeSessionService;
import dev.keel.application.identity.auth.SessionTokens;
import dev.keel.application.identity.auth.SignInService;
import dev.keel.application.identity.auth.SignInThrottle;
import dev.keel.application.identity.auth.SignInThrottleSettings;
import dev.keel.application.identity.auth.SignOutService;
import dev.keel.application.identity.user.CreateUserCommand;
import dev.keel.application.identity.user.CreateUserService;
import dev.keel.application.identity.user.DeleteUserCommand;
import dev.keel.application.identity.user.DeleteUserService;
import dev.keel.application.identity.user.FindUserService;
import dev.keel.application.identity.user.FindUsersService;
import dev.keel.application.identity.user.RestoreUserService;
import dev.keel.application.identity.user.SignUpSettings;
import dev.keel.application.identity.user.UpdateUserService;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;

import java.util.Optional;
import java.util.UUID;

/** The identity use cases wired to one shared set of in-memory fakes. */
public final class UserWorld {

    /**
     * An administrator who is not stored, but whom the repository counts among the active administrators, which
     * administrator-only changes check in their unit of work.
     */
    public static final Actor ROOT = new Actor(new UserId(UUID.fromString("00000000-0000-7000-8000-0000000000ad")),
            Role.ADMIN, new SessionId(UUID.fromString("00000000-0000-7000-8000-00000000005e")));

    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemorySignInAttempts attempts = new InMemorySignInAttempts();
    public final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    public final TestClock clock = new TestClock();
    public final SequentialIdGenerator ids = new SequentialIdGenerator();
    public final FakePasswordHasher hasher = new FakePasswordHasher(unitOfWork);
    public final SignUpSettings signUp;

    public final SignInThrottle throttle = new SignInThrottle(attempts, SignInThrottleSettings.DEFAULT, unitOfWork, clock);
    public final SessionTokens tokens = new SessionTokens(sessions, new FakeAccessTokenIssuer());
    public final CreateUserService create;
    public final FindUserService find = new FindUserService(users, unitOfWork);
    public final FindUsersService findMany = new FindUsersService(users, unitOfWork);
    public final UpdateUserService update = new UpdateUserService(users, sessions, hasher, throttle, unitOfWork, clock);
    public final DeleteUserService delete = new DeleteUserService(users, sessions, unitOfWork, clock);
    public final RestoreUserService restore = new RestoreUserService(users, unitOfWork, clock);
    public final SignInService signIn = new SignInService(users, sessions, hasher, throttle, tokens, unitOfWork, clock, ids);
    public final RefreshSessionService refresh = new RefreshSessionService(sessions, users, tokens, unitOfWork, clock);
    public final SignOutService signOut = new SignOutService(sessions, unitOfWork, clock);
    public final FindSessionsService findSessions = new FindSessionsService(sessions, unitOfWork, clock);
    public final RevokeSessionService revokeSession = new RevokeSessionService(sessions, unitOfWork, clock);

    public UserWorld() {
        this(new SignUpSettings(true));
    }

    public UserWorld(SignUpSettings signUp) {
        this.signUp = signUp;
        users.standAsAdministrator(ROOT.userId());
        this.create = new CreateUserService(users, hasher, unitOfWork, clock, ids, signUp);
    }

    /** A member created by an administrator, with password {@code "password-" + name}. */
    public User createUser(String email, String name) {
        return createUser(email, name, Role.MEMBER);
    }

    public User createUser(String email, String name, Role role) {
        return create.create(CreateUserCommand.of(Optional.of(ROOT), email, name, "password-" + name, role.name()));
    }

    /** The actor of a user signed in to some session. */
    public static Actor actorOf(User user) {
        return new Actor(user.id(), user.role(), new SessionId(UUID.nameUUIDFromBytes(user.id().toString().getBytes())));
    }

    public void softDelete(UserId id) {
        delete.delete(new DeleteUserCommand(ROOT, id, false, Optional.empty()));
    }

    public User stored(UserId id) {
        return users.findIncludingDeleted(id).orElseThrow();
    }
}
