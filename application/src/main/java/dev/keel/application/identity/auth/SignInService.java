package dev.keel.application.identity.auth;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserRepository;
import dev.keel.domain.shared.DomainException;
import dev.keel.domain.shared.UnauthenticatedException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

@Singleton
public final class SignInService implements SignInUseCase {

    static final String FAILURE = "the e-mail or password is wrong, or the account cannot sign in";

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher passwordHasher;
    private final SignInThrottle throttle;
    private final SessionTokens tokens;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final IdGenerator ids;
    private volatile PasswordHash dummyHash;

    public SignInService(UserRepository users, SessionRepository sessions, PasswordHasher passwordHasher,
                         SignInThrottle throttle, SessionTokens tokens, UnitOfWork unitOfWork, Clock clock,
                         IdGenerator ids) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.tokens = tokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public IssuedTokens signIn(SignInCommand command) {
        throttle.requireAllowed(command.email(), command.clientAddress());
        Optional<Password> password = parse(() -> new Password(command.password()));
        Optional<User> user = parse(() -> new Email(command.email()))
                .flatMap(email -> unitOfWork.read(() -> users.findLiveByEmail(email)));
        // Argon2 runs whether or not there is a user (against a fixed hash when there is none), outside any
        // transaction: unknown e-mails answer in the same time as wrong passwords.
        PasswordHash hash = user.map(User::passwordHash).orElseGet(this::dummyHash);
        boolean matches = password.isPresent() && passwordHasher.matches(password.get(), hash);
        if (!matches || user.isEmpty() || !user.get().maySignIn()) {
            throttle.recordFailure(command.email(), command.clientAddress());
            throw new UnauthenticatedException(FAILURE);
        }
        User signedIn = user.get();
        // A hash made under earlier settings is replaced while the password is at hand, hashed before the transaction.
        Optional<PasswordHash> rehashed = passwordHasher.isOutdated(hash)
                ? Optional.of(passwordHasher.hash(password.get()))
                : Optional.empty();
        return unitOfWork.write(() -> {
            Instant now = clock.now();
            throttle.clear(command.email());
            rehashed.ifPresent(current -> users.replacePasswordHash(signedIn.id(), hash, current));
            Session session = Session.start(new SessionId(ids.newId()), signedIn.id(), command.userAgent(), now);
            sessions.add(session);
            return tokens.issue(session, signedIn, now);
        });
    }

    private PasswordHash dummyHash() {
        PasswordHash hash = dummyHash;
        if (hash == null) {
            hash = passwordHasher.hash(new Password("no-such-user-" + ids.newId()));
            dummyHash = hash;
        }
        return hash;
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> value) {
        try {
            return Optional.of(value.get());
        } catch (DomainException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
