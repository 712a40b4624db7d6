package dev.keel.application.identity.auth;

import dev.keel.application.identity.user.UpdateUserCommand;
import dev.keel.application.testing.UserWorld;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.shared.UnauthenticatedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefreshSessionServiceTest {

    private final UserWorld world = new UserWorld();
    private final User ada = world.createUser("ada@example.com", "Ada");
    private final IssuedTokens first = world.signIn.signIn(new SignInCommand("ada@example.com", "password-Ada", null, null));

    private IssuedTokens refresh(String token) {
        return world.refresh.refresh(new RefreshSessionCommand(token));
    }

    private final SessionId sessionId = world.sessions.findActive(ada.id(), world.clock.now()).getFirst().id();

    private Session session() {
        return world.sessions.find(sessionId).orElseThrow();
    }

    @Test
    void refreshRotatesTheTokenAndRecordsTheUse() {
        world.clock.advance(Duration.ofMinutes(10));

        IssuedTokens second = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        Session session = session();
        assertThat(session.lastUsedAt()).isEqualTo(world.clock.now());
        assertThat(second.accessToken()).contains(session.id().toString());
        assertThat(refresh(second.refreshToken()).refreshToken()).isNotEqualTo(second.refreshToken());
    }

    @Test
    void aRotatedTokenPresentedAgainRevokesTheWholeSession() {
        IssuedTokens second = refresh(first.refreshToken());

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(UnauthenticatedException.class);

        assertThat(session().revokedAt()).contains(world.clock.now());
        assertThatThrownBy(() -> refresh(second.refreshToken()))
                .as("the token descended from the same sign-in is dead too").isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void theSessionEndsThirtyDaysAfterSignInHoweverOftenItIsRefreshed() {
        world.clock.advance(Duration.ofDays(29));
        IssuedTokens late = refresh(first.refreshToken());
        world.clock.advance(Duration.ofDays(1).minusSeconds(1));
        IssuedTokens last = refresh(late.refreshToken());
        world.clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> refresh(last.refreshToken())).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void unknownAndMalformedTokensAreRefused() {
        assertThatThrownBy(() -> refresh("A".repeat(43))).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> refresh("not a token")).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aSuspendedUsersRefreshIsRefused() {
        world.update.update(UpdateUserCommand.of(UserWorld.ROOT, ada.id(), null, null, null, null, "SUSPENDED", null, null));

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aPasswordChangeRevokesTheSession() {
        world.update.update(UpdateUserCommand.of(UserWorld.actorOf(ada), ada.id(), null, null, null, null, null,
                "a-brand-new-password", "password-Ada"));

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(UnauthenticatedException.class);
    }
}
