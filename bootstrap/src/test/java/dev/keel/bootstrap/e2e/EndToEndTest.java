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

    @BeforeEach
    void connectApi() {
        anonymous = new Api(server, jsonMapper);
        api = anonymous.asAdmin();
    }
}
