package dev.keel.bootstrap.e2e;

import dev.keel.adapter.web.identity.auth.JwtKeys;
import dev.keel.application.shared.UnitOfWork;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in, tokens, sessions and throttling over HTTP, against the real database. Not in a test transaction: what a
 * test writes to the database directly must be committed for the service's requests to see it.
 */
@MicronautTest(transactional = false)
class AuthenticationTest extends EndToEndTest {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    private String email(String label) {
        return label + "-" + run + "@example.com";
    }

    private String member(String label) {
        String email = email(label);
        assertThat(api.post("/api/v1/users", Api.userJson(email, "Member " + label)).status()).isEqualTo(201);
        return email;
    }

    private Api.Response signIn(String email, String password) {
        return anonymous.post("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private Api.Response refresh(String refreshToken) {
        return anonymous.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    @Test
    void signInAnswersABearerPairAndTheTokenShowsWhoIsSignedIn() {
        String email = member("pair");

        Api.Response tokens = signIn(email, Api.PASSWORD);

        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.text("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.text("expiresIn")).isEqualTo("900");
        assertThat(tokens.text("refreshToken")).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.header("Cache-Control")).isEqualTo("no-store");
        String header = new String(Base64.getUrlDecoder().decode(tokens.text("accessToken").split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"RS256\"", "\"kid\"");
        Api.Response me = anonymous.as(tokens.text("accessToken")).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.text("role")).isEqualTo("MEMBER");
    }

    @Test
    void aPasswordHashStoredUnderEarlierSettingsIsReplacedAtSignInWithoutChangingTheUser() {
        String email = email("rehash");
        String id = api.post("/api/v1/users", "{\"email\":\"" + email
                + "\",\"name\":\"Rehash\",\"password\":\"correct horse battery\"}").text("id");
        // Made by Argon2's reference implementation with 2 passes; the suite hashes with 1 (application-test.yml).
        String earlier = "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA"
                + "$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc";
        unitOfWork.write(() -> jdbc.prepareStatement("UPDATE app_user SET password_hash = ? WHERE id = ?::uuid", s -> {
            s.setString(1, earlier);
            s.setString(2, id);
            return s.executeUpdate();
        }));
        String etag = api.get("/api/v1/users/" + id).header("ETag");

        assertThat(signIn(email, "correct horse battery").status()).isEqualTo(200);

        assertThat(storedPasswordHash(id)).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(api.get("/api/v1/users/" + id).header("ETag")).isEqualTo(etag);
        assertThat(signIn(email, "correct horse battery").status()).isEqualTo(200);
        assertThat(signIn(email, "wrong horse battery").status()).isEqualTo(401);
    }

    private String storedPasswordHash(String userId) {
        String select = "SELECT password_hash FROM app_user WHERE id = ?::uuid";
        return unitOfWork.read(() -> jdbc.prepareStatement(select, s -> {
            s.setString(1, userId);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }));
    }

    @Test
    void unknownEmailWrongPasswordSuspendedAndDeletedUsersGetTheSame401() {
        String suspended = member("suspended");
        String deleted = member("deleted");
        String suspendedId = signInId(suspended);
        String deletedId = signInId(deleted);
        assertThat(api.patch("/api/v1/users/" + suspendedId, "{\"status\":\"SUSPENDED\"}").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/users/" + deletedId).status()).isEqualTo(204);

        Api.Response unknown = assertProblem(signIn(email("nobody"), Api.PASSWORD), 401, "unauthorized");
        for (Api.Response refused : new Api.Response[]{signIn(member("wrong"), "not-the-password"),
                signIn(suspended, Api.PASSWORD), signIn(deleted, Api.PASSWORD), signIn("not-an-email", "x")}) {
            assertProblem(refused, 401, "unauthorized");
            assertThat(refused.text("detail")).isEqualTo(unknown.text("detail"));
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
    }

    private String signInId(String email) {
        return anonymous.signedInAs(email, Api.PASSWORD).get("/api/v1/me").text("id");
    }

    @Test
    void refreshRotatesAndAReusedRefreshTokenRevokesTheWholeSession() {
        String email = member("rotate");
        String first = signIn(email, Api.PASSWORD).text("refreshToken");

        Api.Response second = refresh(first);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("refreshToken")).isNotEqualTo(first);
        assertThat(anonymous.as(second.text("accessToken")).get("/api/v1/me").status()).isEqualTo(200);

        // The first token comes back (stolen, replayed): 401, and the session's newest token dies with it.
        assertProblem(refresh(first), 401, "unauthorized");
        assertProblem(refresh(second.text("refreshToken")), 401, "unauthorized");
        assertProblem(refresh("not-a-token"), 401, "unauthorized");
    }

    @Test
    void logoutRevokesTheSessionAndItLeavesTheSessionList() {
        String email = member("logout");
        Api.Response kept = signIn(email, Api.PASSWORD);
        Api.Response leaving = signIn(email, Api.PASSWORD);
        Api client = anonymous.as(leaving.text("accessToken"));
        assertThat(client.get("/api/v1/auth/sessions").json().values()).hasSize(2);

        assertThat(client.post("/api/v1/auth/logout", null).status()).isEqualTo(204);

        assertProblem(refresh(leaving.text("refreshToken")), 401, "unauthorized");
        assertThat(refresh(kept.text("refreshToken")).status()).as("another session lives on").isEqualTo(200);
        assertThat(client.get("/api/v1/auth/sessions").json().values()).hasSize(1);
    }

    @Test
    void suspensionAndAPasswordChangeRevokeEverySession() {
        String suspended = member("suspend-sessions");
        String suspendedRefresh = signIn(suspended, Api.PASSWORD).text("refreshToken");
        api.patch("/api/v1/users/" + signInId(suspended), "{\"status\":\"SUSPENDED\"}");
        assertProblem(refresh(suspendedRefresh), 401, "unauthorized");

        String changer = member("password-sessions");
        Api.Response before = signIn(changer, Api.PASSWORD);
        Api self = anonymous.as(before.text("accessToken"));
        String id = self.get("/api/v1/me").text("id");
        assertProblem(self.patch("/api/v1/users/" + id, "{\"password\":\"new-password-1\"}"), 400, "validation");
        assertProblem(self.patch("/api/v1/users/" + id,
                "{\"password\":\"new-password-1\",\"currentPassword\":\"wrong-password\"}"), 422, "wrong-current-password");
        assertThat(self.patch("/api/v1/users/" + id,
                "{\"password\":\"new-password-1\",\"currentPassword\":\"" + Api.PASSWORD + "\"}").status()).isEqualTo(200);

        assertProblem(refresh(before.text("refreshToken")), 401, "unauthorized");
        assertThat(signIn(changer, "new-password-1").status()).isEqualTo(200);
    }

    @Test
    void tamperedForeignAndMissingTokensAre401WithTheirChallenge() {
        String token = signIn(member("tamper"), Api.PASSWORD).text("accessToken");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("MEMBER", "ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";

        for (String bad : new String[]{forged, none, token + "x", "garbage"}) {
            Api.Response refused = assertProblem(anonymous.as(bad).get("/api/v1/users"), 401, "unauthorized");
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        }
        Api.Response missing = assertProblem(anonymous.get("/api/v1/users"), 401, "unauthorized");
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aTokenOfAUserRemovedForGoodIsRefusedWhenItWrites() {
        String email = member("removed");
        Api removed = anonymous.as(signIn(email, Api.PASSWORD).text("accessToken"));
        String id = removed.get("/api/v1/me").text("id");
        assertThat(api.delete("/api/v1/users/" + id + "?permanent=true").status()).isEqualTo(204);

        for (String[] headers : new String[][]{{}, {"Idempotency-Key", "gone-" + run}, {"Idempotency-Key", "gone-" + run}}) {
            Api.Response refused = assertProblem(removed.post("/api/v1/projects", "{\"name\":\"Ghost " + run + "\"}",
                    headers), 401, "unauthorized");
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(refused.header("Idempotent-Replayed")).isNull();
        }
        long ghosts = unitOfWork.read(() -> jdbc.prepareStatement("SELECT count(*) FROM project WHERE name = ?", s -> {
            s.setString(1, "Ghost " + run);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }));
        assertThat(ghosts).isZero();
    }

    @Test
    void authenticationIsDecidedBeforeTheQueryIsChecked() {
        assertProblem(anonymous.get("/api/v1/users?limit=0&bogus=1"), 401, "unauthorized");
        assertProblem(api.get("/api/v1/users?limit=0&bogus=1"), 400, "validation");
    }

    @Test
    void sessionsOfOtherUsersAreNotFound() {
        String email = member("own-sessions");
        Api owner = anonymous.signedInAs(email, Api.PASSWORD);
        String session = owner.get("/api/v1/auth/sessions").json().values().iterator().next().get("id").getStringValue();

        assertProblem(api.delete("/api/v1/auth/sessions/" + session), 404, "not-found");
        assertProblem(owner.delete("/api/v1/auth/sessions/" + UUID.randomUUID()), 404, "not-found");
        assertThat(owner.delete("/api/v1/auth/sessions/" + session).status()).isEqualTo(204);
    }

    @Test
    void fiveFailuresLockTheEmailOutEvenForTheRightPasswordAndTheLockOutSurvivesARestart() {
        String email = member("throttled");
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(email, "wrong-password-" + i), 401, "unauthorized");
        }

        Api.Response locked = assertProblem(signIn(email, Api.PASSWORD), 429, "too-many-requests");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 15 * 60);
        assertThat(signIn(member("not-throttled"), Api.PASSWORD).status()).as("other e-mails").isEqualTo(200);

        // Another instance of the service (or this one after a restart) reads the same failures from PostgreSQL.
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1), "test")) {
            Api other = new Api(restarted, jsonMapper);
            assertProblem(other.post("/api/v1/auth/token",
                    "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}"), 429, "too-many-requests");
        }
    }

    @Test
    void aConfiguredKeyThatCannotBeUsedStopsTheStartWithItsReason() throws Exception {
        String pem = JwtKeys.toPem(JwtKeys.generate("unused"));
        Map<String, Map<String, Object>> misconfigurations = Map.of(
                "KEEL_JWT_SIGNING_KEY_ID must name the signing key", Map.of("keel.auth.jwt.signing-key", pem),
                "is not an RSA private key", Map.of("keel.auth.jwt.signing-key", "not a key",
                        "keel.auth.jwt.signing-key-id", "k1"),
                "KEEL_JWT_VERIFICATION_KEYS is not a JSON Web Key Set", Map.of("keel.auth.jwt.signing-key", pem,
                        "keel.auth.jwt.signing-key-id", "k1", "keel.auth.jwt.verification-keys", "{not json"));

        misconfigurations.forEach((reason, keys) -> {
            Map<String, Object> properties = new HashMap<>(keys);
            properties.put("micronaut.server.port", -1);
            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, properties, "test").close())
                    .as(reason).hasStackTraceContaining(reason);
        });
    }

    @Test
    void theJwksPublishesTheSigningKeyWithoutItsPrivatePart() {
        Api.Response jwks = anonymous.get("/.well-known/jwks.json");

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body()).contains("\"kty\":\"RSA\"", "\"kid\"", "\"n\"", "\"e\"").doesNotContain("\"d\"", "\"p\"");
        assertThat(anonymous.get("/api/v1/.well-known/jwks.json").body()).isEqualTo(jwks.body());
    }

    @Test
    void transportRefusalsAnswerAnonymousRequestsBeforeAuthenticationAndTellNothingAboutResources() {
        String existing = api.post("/api/v1/users", Api.userJson(email("transport"), "Transport")).text("id");
        String unknown = UUID.randomUUID().toString();

        for (String id : new String[] {existing, unknown}) {
            Api.Response wrongType = anonymous.send("PATCH", "/api/v1/users/" + id, "text/plain", "{}");
            assertProblem(wrongType, 415, "unsupported-media-type");
            Api.Response notAcceptable = anonymous.get("/api/v1/users/" + id, "Accept", "text/csv");
            assertProblem(notAcceptable, 406, "not-acceptable");
            assertThat(wrongType.header("WWW-Authenticate")).isNull();
        }
        assertThat(anonymous.send("PATCH", "/api/v1/users/" + existing, "text/plain", "{}").text("detail"))
                .isEqualTo(anonymous.send("PATCH", "/api/v1/users/" + unknown, "text/plain", "{}").text("detail"));
        assertThat(anonymous.get("/api/v1/users/" + existing, "Accept", "text/csv").text("detail"))
                .isEqualTo(anonymous.get("/api/v1/users/" + unknown, "Accept", "text/csv").text("detail"));
        // With an acceptable request the same anonymous caller gets the 401.
        assertThat(anonymous.get("/api/v1/users/" + existing).status()).isEqualTo(401);
    }
}
