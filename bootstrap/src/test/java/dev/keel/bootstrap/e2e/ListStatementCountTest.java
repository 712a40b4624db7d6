package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserRepository;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** List endpoints run a constant number of SQL statements, whatever the page size (no N+1). */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListStatementCountTest implements TestPropertyProvider {

    private static final int USERS = 120;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    @Inject
    UserRepository users;

    @Inject
    UnitOfWork unitOfWork;

    private Api api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", StatementCountingDriver.urlFor(TestDatabaseSession.database().jdbcUrl()),
                "datasources.default.driver-class-name", StatementCountingDriver.class.getName());
    }

    @BeforeAll
    void seed() {
        api = new Api(server, jsonMapper);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        unitOfWork.write(() -> {
            for (int i = 0; i < USERS; i++) {
                users.add(User.register(new UserId(UUID.randomUUID()), new Email("count" + i + "-" + run + "@example.com"),
                        new UserName("Counted " + run + " " + i), Role.MEMBER, new PasswordHash("$argon2id$unused"), now));
            }
            return null;
        });
    }

    @Test
    void keysetListRunsOneStatementForAnyPageSize() {
        int small = statementsFor("/api/v1/users?q=" + run + "&limit=1");
        int large = statementsFor("/api/v1/users?q=" + run + "&limit=100");
        String cursor = api.get("/api/v1/users?q=" + run + "&limit=100").text("nextCursor");
        int following = statementsFor("/api/v1/users?q=" + run + "&limit=100&cursor=" + cursor);

        assertThat(small).isEqualTo(1);
        assertThat(large).isEqualTo(1);
        assertThat(following).isEqualTo(1);
    }

    @Test
    void offsetListRunsACountAndOneSelectForAnyPageSize() {
        assertThat(statementsFor("/api/v1/users?q=" + run + "&page=1&size=1")).isEqualTo(2);
        assertThat(statementsFor("/api/v1/users?q=" + run + "&page=1&size=100")).isEqualTo(2);
        assertThat(statementsFor("/api/v1/users?q=" + run + "&page=2&size=100&sort=name,desc")).isEqualTo(2);
    }

    @Test
    void countingSeesTheStatementsItShould() {
        // Guards the guard: a lookup by id is one statement, an unknown route none.
        String id = api.get("/api/v1/users?q=" + run + "&limit=1").itemIds().getFirst();
        assertThat(statementsFor("/api/v1/users/" + id)).isEqualTo(1);
        assertThat(statementsFor("/api/v1/nothing")).isZero();
    }

    private int statementsFor(String path) {
        StatementCountingDriver.STATEMENTS.set(0);
        Api.Response response = api.get(path);
        assertThat(response.status()).as("%s", response).isIn(200, 404);
        return StatementCountingDriver.STATEMENTS.get();
    }
}
