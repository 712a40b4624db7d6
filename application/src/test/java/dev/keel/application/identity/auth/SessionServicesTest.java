package dev.keel.application.identity.auth;

import dev.keel.application.testing.UserWorld;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionNotFoundException;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.shared.UnauthenticatedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logout, the list of one's sessions, and revoking one of them. */
class SessionServicesTest {

    private final UserWorld world = new UserWorld();
    private final User ada = world.createUser("ada@example.com", "Ada");
    private final User bob = world.createUser("bob@example.com", "Bob");

    private IssuedTokens signIn(String email, String password, String userAgent) {
        IssuedTokens tokens = world.signIn.signIn(new SignInCommand(email, password, userAgent, null));
        world.clock.advance(Duration.ofSeconds(1));
        return tokens;
    }

    private List<Session> sessionsOf(User user) {
        return world.findSessions.find(new FindSessionsQuery(UserWorld.actorOf(user)));
    }

    /** The actor of {@code user} in the session that the latest sign-in of theirs started. */
    private Actor inLatestSession(User user) {
        Session latest = world.sessions.findActive(user.id(), world.clock.now()).stream()
                .max(java.util.Comparator.comparing(Session::createdAt)).orElseThrow();
        return new Actor(user.id(), user.role(), latest.id());
    }

    @Test
    void logoutRevokesTheCallersSessionOnly() {
        IssuedTokens phone = signIn("ada@example.com", "password-Ada", "phone");
        Actor onPhone = inLatestSession(ada);
        IssuedTokens laptop = signIn("ada@example.com", "password-Ada", "laptop");

        world.signOut.signOut(new SignOutCommand(onPhone));

        assertThatThrownBy(() -> world.refresh.refresh(new RefreshSessionCommand(phone.refreshToken())))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(world.refresh.refresh(new RefreshSessionCommand(laptop.refreshToken()))).isNotNull();
        assertThat(sessionsOf(ada)).extracting(s -> s.userAgent().orElseThrow()).containsExactly("laptop");
    }

    @Test
    void theListHoldsTheCallersLiveSessionsMostRecentlyUsedFirst() {
        IssuedTokens phone = signIn("ada@example.com", "password-Ada", "phone");
        signIn("ada@example.com", "password-Ada", "laptop");
        signIn("bob@example.com", "password-Bob", "bob's");
        world.refresh.refresh(new RefreshSessionCommand(phone.refreshToken()));

        assertThat(sessionsOf(ada)).extracting(s -> s.userAgent().orElseThrow()).containsExactly("phone", "laptop");
        assertThat(sessionsOf(bob)).extracting(s -> s.userAgent().orElseThrow()).containsExactly("bob's");
    }

    @Test
    void expiredSessionsLeaveTheList() {
        signIn("ada@example.com", "password-Ada", "phone");
        world.clock.advance(Session.LIFETIME);

        assertThat(sessionsOf(ada)).isEmpty();
    }

    @Test
    void aUserRevokesOneOfTheirSessions() {
        IssuedTokens phone = signIn("ada@example.com", "password-Ada", "phone");
        Actor onPhone = inLatestSession(ada);
        signIn("ada@example.com", "password-Ada", "laptop");
        Actor onLaptop = inLatestSession(ada);

        world.revokeSession.revoke(new RevokeSessionCommand(onLaptop, onPhone.sessionId()));

        assertThat(sessionsOf(ada)).extracting(s -> s.userAgent().orElseThrow()).containsExactly("laptop");
        assertThatThrownBy(() -> world.refresh.refresh(new RefreshSessionCommand(phone.refreshToken())))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void anotherUsersSessionIsNotFoundAndStaysAlive() {
        signIn("bob@example.com", "password-Bob", "bob's");
        Actor bobs = inLatestSession(bob);

        assertThatThrownBy(() -> world.revokeSession.revoke(new RevokeSessionCommand(UserWorld.actorOf(ada), bobs.sessionId())))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> world.revokeSession.revoke(new RevokeSessionCommand(UserWorld.ROOT, bobs.sessionId())))
                .as("not even an administrator revokes another user's session here")
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(sessionsOf(bob)).hasSize(1);
    }
}
