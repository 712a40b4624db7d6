package dev.keel.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code KEEL_SIGNUP=closed}: only an administrator creates users. The one test class with a context of its own
 * (sign-up settings are read once at start-up), so it holds every closed-sign-up case.
 */
@MicronautTest
@Property(name = "keel.auth.signup", value = "closed")
class ClosedSignUpTest extends EndToEndTest {

    @Test
    void onlyAnAdministratorCreatesUsersWhileSignUpIsClosed() {
        Api.Response anonymousSignUp = anonymous.post("/api/v1/users", Api.userJson("anon-" + run + "@example.com", "Anon"));
        assertThat(anonymousSignUp.status()).as(anonymousSignUp.toString()).isEqualTo(401);
        assertThat(anonymousSignUp.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(anonymousSignUp.header("Content-Type")).startsWith("application/problem+json");

        Api member = api.newMember("member-" + run + "@example.com");
        Api.Response memberCreates = member.post("/api/v1/users", Api.userJson("friend-" + run + "@example.com", "Friend"));
        assertThat(memberCreates.status()).as(memberCreates.toString()).isEqualTo(403);

        Api.Response adminCreates = api.post("/api/v1/users", Api.userJson("hired-" + run + "@example.com", "Hired"));
        assertThat(adminCreates.status()).as(adminCreates.toString()).isEqualTo(201);
        assertThat(adminCreates.text("role")).isEqualTo("MEMBER");
        assertThat(anonymous.signIn("hired-" + run + "@example.com", Api.PASSWORD).text("accessToken")).isNotBlank();
        assertThat(api.get("/api/v1/users?q=friend-" + run).itemIds()).as("the refused creations left nothing").isEmpty();
        assertThat(api.get("/api/v1/users?q=anon-" + run).itemIds()).isEmpty();
    }
}
