package dev.keel.application.identity.auth;

import dev.keel.application.identity.user.DeleteUserCommand;
import dev.keel.application.identity.user.UpdateUserCommand;
import dev.keel.application.testing.FakePasswordHasher;
import dev.keel.application.testing.UserWorld;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.shared.UnauthenticatedException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInServiceTest {

    private final UserWorld world = new UserWorld();
    private final User ada = world.createUser("ada@example.com", "Ada");

    private IssuedTokens signIn(String email, String password) {
        return world.signIn.signIn(new SignInCommand(email, password, "curl/8", "192.0.2.1"));
    }

    private String failureOf(String email, String password) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> signIn(email, password));
        assertThat(thrown).isInstanceOf(UnauthenticatedException.class);
        return thrown.getMessage();
    }

    @Test
    void rightPasswordStartsASessionAndIssuesATokenForIt() {
        IssuedTokens tokens = signIn("ADA@example.com", "password-Ada");

        var session = world.sessions.findActive(ada.id(), world.clock.now());
        assertThat(session).singleElement().satisfies(s -> {
            assertThat(s.userAgent()).contains("curl/8");
            assertThat(s.expiresAt()).isEqualTo(world.clock.now().plus(dev.keel.domain.identity.session.Session.LIFETIME));
        });
        assertThat(tokens.accessToken()).isEqualTo("access:" + ada.id() + ":MEMBER:" + session.getFirst().id() + ":"
                + world.clock.now().plus(SessionTokens.ACCESS_TOKEN_LIFETIME));
        assertThat(tokens.refreshToken()).hasSize(43);
    }

    @Test
    void aHashMadeUnderEarlierSettingsIsReplacedOutsideTheTransactionWhenItsPasswordSignsIn() {
        PasswordHash outdated = FakePasswordHasher.outdatedHashOf("password-Ada");
        world.users.replacePasswordHash(ada.id(), ada.passwordHash(), outdated);
        int hashesBefore = world.hasher.hashes();

        failureOf("ada@example.com", "wrong-password");
        assertThat(world.users.findLive(ada.id()).orElseThrow().passwordHash()).isEqualTo(outdated);

        signIn("ada@example.com", "password-Ada");
        User stored = world.users.findLive(ada.id()).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo(FakePasswordHasher.hashOf("password-Ada"));
        assertThat(stored.version()).isEqualTo(ada.version());
        assertThat(world.hasher.hashes()).isEqualTo(hashesBefore + 1);
        assertThat(world.hasher.hashesInsideTransaction()).isZero();
    }

    @Test
    void aCurrentHashIsLeftAsItIs() {
        int hashesBefore = world.hasher.hashes();

        signIn("ada@example.com", "password-Ada");

        assertThat(world.hasher.hashes()).isEqualTo(hashesBefore);
        assertThat(world.users.findLive(ada.id()).orElseThrow().passwordHash())
                .isEqualTo(FakePasswordHasher.hashOf("password-Ada"));
    }

    @Test
    void unknownEmailWrongPasswordSuspendedAndDeletedUsersFailAlike() {
        User suspended = world.createUser("sue@example.com", "Sue");
        world.update.update(UpdateUserCommand.of(UserWorld.ROOT, suspended.id(), null, null, null, null, "SUSPENDED",
                null, null));
        User deleted = world.createUser("dan@example.com", "Dan");
        world.delete.delete(new DeleteUserCommand(UserWorld.ROOT, deleted.id(), false, Optional.empty()));

        String unknown = failureOf("nobody@example.com", "password-Ada");
        assertThat(failureOf("ada@example.com", "wrong-password")).isEqualTo(unknown);
        assertThat(failureOf("sue@example.com", "password-Sue")).isEqualTo(unknown);
        assertThat(failureOf("dan@example.com", "password-Dan")).isEqualTo(unknown);
        assertThat(failureOf("not an e-mail", "x")).isEqualTo(unknown);
        assertThat(world.sessions.findActive(suspended.id(), world.clock.now())).isEmpty();
        assertThat(world.sessions.findActive(deleted.id(), world.clock.now())).isEmpty();
    }

    @Test
    void anUnknownEmailIsVerifiedAgainstADummyHashAsAWrongPasswordIsAgainstTheUsers() {
        failureOf("nobody@example.com", "password-Ada");
        failureOf("ada@example.com", "wrong-password");

        assertThat(world.hasher.verified()).hasSize(2);
        assertThat(world.hasher.verified().getFirst()).isNotEqualTo(ada.passwordHash())
                .isNotEqualTo(FakePasswordHasher.hashOf("password-Ada"));
        assertThat(world.hasher.verified().getLast()).isEqualTo(ada.passwordHash());
    }

    @Test
    void theDummyHashIsMadeOnceAndOutsideAnyTransaction() {
        int hashesBefore = world.hasher.hashes();
        failureOf("nobody@example.com", "password-Ada");
        failureOf("nobody-else@example.com", "password-Ada");

        assertThat(world.hasher.hashes() - hashesBefore).isEqualTo(1);
        assertThat(world.hasher.hashesInsideTransaction()).isZero();
    }

    @Test
    void eachFailureIsCountedAgainstTheEmailAndTheAddress() {
        failureOf("nobody@example.com", "x-wrong-password");

        var since = world.clock.now().minusSeconds(1);
        assertThat(world.attempts.latestFailures(SignInThrottle.emailSubject("nobody@example.com"), since, 10)).hasSize(1);
        assertThat(world.attempts.latestFailures(SignInThrottle.addressSubject("192.0.2.1"), since, 10)).hasSize(1);
    }
}
