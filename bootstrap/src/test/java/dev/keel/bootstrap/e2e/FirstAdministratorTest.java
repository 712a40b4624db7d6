package dev.keel.bootstrap.e2e;

import dev.keel.application.identity.user.EnsureAdministratorCommand;
import dev.keel.application.identity.user.EnsureAdministratorUseCase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What start-up does with {@code KEEL_ADMIN_EMAIL}/{@code KEEL_ADMIN_PASSWORD} ({@code FirstAdministrator} calls
 * this use case with them): create that administrator unless a live user has the e-mail, and then leave that user be.
 */
/** Not transactional: the use case must commit, as at start-up, for the server to see its user. */
@MicronautTest(transactional = false)
class FirstAdministratorTest extends EndToEndTest {

    @Inject
    EnsureAdministratorUseCase ensureAdministrator;

    @Test
    void theTestsAdministratorWasCreatedAtStartUp() {
        assertThat(api.get("/api/v1/me").text("role")).isEqualTo("ADMIN");
    }

    @Test
    void anExistingLiveUserWithTheEmailIsLeftUnchanged() {
        String email = "existing-" + run + "@example.com";
        Api member = api.newMember(email);
        Api.Response before = member.get("/api/v1/me");

        boolean created = ensureAdministrator.ensure(EnsureAdministratorCommand.of(email.toUpperCase(), "a-new-admin-password"));

        assertThat(created).isFalse();
        Api.Response after = member.get("/api/v1/me");
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.text("role")).isEqualTo("MEMBER");
        assertThat(anonymous.post("/api/v1/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"a-new-admin-password\"}").status()).isEqualTo(401);
        assertThat(anonymous.signIn(email, Api.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSoftDeletedUserWithTheEmailDoesNotStopTheAdministratorBeingCreated() {
        String email = "gone-" + run + "@example.com";
        String id = api.post("/api/v1/users", Api.userJson(email, "Gone")).text("id");
        assertThat(api.delete("/api/v1/users/" + id).status()).isEqualTo(204);

        assertThat(ensureAdministrator.ensure(EnsureAdministratorCommand.of(email, "a-new-admin-password"))).isTrue();

        Api admin = anonymous.signedInAs(email, "a-new-admin-password");
        assertThat(admin.get("/api/v1/me").text("role")).isEqualTo("ADMIN");
        assertThat(admin.get("/api/v1/me").text("id")).isNotEqualTo(id);
        assertThat(ensureAdministrator.ensure(EnsureAdministratorCommand.of(email, "yet-another-password"))).isFalse();
    }
}
