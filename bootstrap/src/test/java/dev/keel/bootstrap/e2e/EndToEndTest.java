package dev.keel.bootstrap.e2e;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.UUID;

/**
 * Base of the HTTP end-to-end tests: the running service, a raw client for it signed in as the tests'
 * administrator ({@code api}; {@code anonymous} sends no token), and a marker unique to each test so that tests
 * sharing the run's database never see each other's rows.
 */
abstract class EndToEndTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    protected Api api;
    protected Api anonymous;
    protected final String run = UUID.randomUUID().toString().substring(0, 8);

    /** A signed-in user of a test, and their id. */
    protected record TestUser(Api client, String id) {
    }

    private int users;

    /** A new member user, unique to this test, signed in. */
    protected TestUser signedInUser(String label) {
        Api client = api.newMember(label + "-" + run + "-" + (users++) + "@example.com");
        return new TestUser(client, client.get("/api/v1/me").text("id"));
    }

    /** Makes {@code user} a member of the project with {@code role}, as {@code owner}; fails the test when refused. */
    protected TestUser addToProject(TestUser owner, String project, TestUser user, String role) {
        Api.Response added = owner.client().send("PUT", "/api/v1/projects/" + project + "/members/" + user.id(), Api.JSON,
                "{\"role\":\"" + role + "\"}");
        if (added.status() != 200) {
            throw new AssertionError("adding " + user.id() + " as " + role + " failed: " + added);
        }
        return user;
    }

    @BeforeEach
    void connectApi() {
        anonymous = new Api(server, jsonMapper);
        api = anonymous.asAdmin();
    }
}
