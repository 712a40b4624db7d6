package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each endpoint costs in round trips to PostgreSQL, counted on the wire by {@link WireRoundTrips}: the
 * statements, plus whatever the driver and the transaction manager add (BEGIN, COMMIT, isolation queries,
 * validation). A read by id is one round trip; lists run a constant number whatever the page size. Every route the
 * server has is counted at least once: {@link #everyRouteIsCounted} runs last and names any that is not.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundTripCountTest implements TestPropertyProvider {

    private static final WireRoundTrips WIRE;

    static {
        try {
            WIRE = new WireRoundTrips(TestDatabaseSession.database().jdbcUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    @Inject
    Router router;

    private Api api;
    /** The routes ("GET /api/v1/users/{id}") of the requests whose round trips were counted. */
    private final Set<String> countedRoutes = new TreeSet<>();
    private boolean counting;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> getProperties() {
        // A small fixed pool, filled before the first request: no connection set-up is counted.
        // The pending-transfer sweeper is held off: its statements are not the requests'.
        return Map.of("datasources.default.url", WIRE.jdbcUrl(TestDatabaseSession.database().jdbcUrl()),
                "datasources.default.maximum-pool-size", "2",
                "datasources.default.minimum-idle", "2",
                "keel.ledger.expiry-interval", "1h");
    }

    @BeforeAll
    void connect() {
        api = new Api(server, jsonMapper).asAdmin().observedBy(this::sent);
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/users", Api.userJson("seed" + i + "-" + run + "@example.com", "Seeded " + run + " " + i));
        }
    }

    @AfterAll
    void closeProxy() throws IOException {
        WIRE.close();
    }

    /**
     * The round trips {@code request} costs, less Hikari's validation of a connection idle for over half a
     * second ({@code SELECT 1}): whether one happens depends on timing, not on the endpoint.
     */
    private int roundTrips(Runnable request) {
        WIRE.reset();
        counting = true;
        try {
            request.run();
        } finally {
            counting = false;
        }
        long validations = WIRE.statements().stream().filter("SELECT 1"::equals).count();
        return WIRE.roundTrips() - (int) validations;
    }

    private void sent(String method, String path) {
        if (counting) {
            countedRoutes.add(route(method, path));
        }
    }

    /** The route that serves {@code path}: of several that match, the one with the fewest variables, as the router picks. */
    private String route(String method, String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return router.uriRoutes()
                .filter(route -> route.getHttpMethodName().equals(method) && route.match(withoutQuery).isPresent())
                .min(Comparator.comparingInt(route -> route.getUriMatchTemplate().getVariableNames().size()))
                .map(RoundTripCountTest::name)
                .orElseThrow(() -> new AssertionError("no route serves " + method + " " + path));
    }

    private static String name(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }

    /**
     * Leaves out the HEAD routes, which Micronaut adds for every GET and serves with the same method, and the probes
     * that tests of this package add to the server.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyRouteIsCounted() {
        Set<String> routes = router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .filter(route -> !route.getDeclaringType().getPackageName().equals(RoundTripCountTest.class.getPackageName()))
                .map(RoundTripCountTest::name)
                .collect(Collectors.toCollection(TreeSet::new));
        routes.removeAll(countedRoutes);
        assertThat(routes).as("routes whose round trips no test here counts").isEmpty();
    }

    /** Sends {@code call}, asserts its status and that it took {@code expected} round trips, and returns its response. */
    private Api.Response answeredIn(int expected, int status, java.util.function.Supplier<Api.Response> call) {
        Api.Response[] response = new Api.Response[1];
        int counted = roundTrips(() -> response[0] = call.get());
        assertThat(response[0].status()).as("%s", response[0]).isEqualTo(status);
        assertThat(counted).as("round trips").isEqualTo(expected);
        return response[0];
    }

    private Runnable expect(int status, java.util.function.Supplier<Api.Response> call) {
        return () -> {
            Api.Response response = call.get();
            assertThat(response.status()).as("%s", response).isEqualTo(status);
        };
    }

    @Test
    void aReadIsOneRoundTripAndSoIsAnyKeysetSliceWhateverItsSize() {
        String id = api.get("/api/v1/users?q=" + run + "&limit=1").itemIds().getFirst();
        String cursor = api.get("/api/v1/users?q=" + run + "&limit=1").text("nextCursor");

        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/users/" + id)))).isEqualTo(1);
        assertThat(roundTrips(expect(404, () -> api.get("/api/v1/users/" + UUID.randomUUID())))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/users?q=" + run + "&limit=1")))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/users?q=" + run + "&limit=100")))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/users?q=" + run + "&limit=1&cursor=" + cursor))))
                .isEqualTo(1);
    }

    @Test
    void readsThatOnlyShowUsersNeverFetchThePasswordHash() {
        String id = api.get("/api/v1/users?q=" + run + "&limit=1").itemIds().getFirst();

        for (String path : List.of("/api/v1/users/" + id, "/api/v1/me", "/api/v1/users?q=" + run + "&limit=5",
                "/api/v1/users?q=" + run + "&page=1&size=5")) {
            roundTrips(expect(200, () -> api.get(path)));
            assertThat(WIRE.statements()).as(path).isNotEmpty().noneMatch(statement -> statement.contains("password_hash"));
        }
    }

    @Test
    void anOffsetPageIsOneSnapshotOfACountAndASliceWhateverItsSize() {
        // SET TRANSACTION (with BEGIN), count, slice, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/users?q=" + run + "&page=1&size=1")))).isEqualTo(4);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/users?q=" + run + "&page=1&size=100")))).isEqualTo(4);
    }

    @Test
    void writesCostTheirStatementsAndOneCommit() {
        String email = "written-" + run + "@example.com";
        // INSERT (with BEGIN), COMMIT.
        assertThat(roundTrips(expect(201, () -> api.post("/api/v1/users", Api.userJson(email, "Written " + run)))))
                .isEqualTo(2);
        String id = api.get("/api/v1/users?q=written-" + run).itemIds().getFirst();
        // An administrator's change of another user: the lock of the active administrators that confirms the caller
        // is one now (with BEGIN), SELECT, UPDATE or DELETE, COMMIT. The access token costs nothing: it is verified
        // without the database.
        assertThat(roundTrips(expect(200, () -> api.patch("/api/v1/users/" + id, "{\"name\":\"Renamed\"}")))).isEqualTo(4);
        // A soft delete also revokes the user's sessions (one UPDATE of user_session): 5.
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/users/" + id)))).isEqualTo(5);
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/users/" + id + "/restore", null)))).isEqualTo(4);
        // A permanent delete takes the sessions along by ON DELETE CASCADE: no statement of its own.
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/users/" + id + "?permanent=true")))).isEqualTo(4);
        // A user's change of their own name needs no such confirmation: SELECT (with BEGIN), UPDATE, COMMIT.
        Api self = api.newMember("self-" + run + "@example.com");
        String selfId = self.get("/api/v1/me").text("id");
        assertThat(roundTrips(expect(200, () -> self.patch("/api/v1/users/" + selfId, "{\"name\":\"Renamed\"}"))))
                .isEqualTo(3);
    }

    @Test
    void aKeyedCreateAddsItsLockLookupSavepointAndRecordAndAReplayOnlyTheLookup() {
        String body = Api.userJson("keyed-" + run + "@example.com", "Keyed");
        // Lock (with BEGIN), lookup, SAVEPOINT, INSERT, RELEASE, record, COMMIT.
        assertThat(roundTrips(expect(201, () -> api.post("/api/v1/users", body, "Idempotency-Key", "rt-" + run))))
                .isEqualTo(7);
        // Lock (with BEGIN), lookup, COMMIT.
        assertThat(roundTrips(expect(201, () -> api.post("/api/v1/users", body, "Idempotency-Key", "rt-" + run))))
                .isEqualTo(3);
    }

    @Test
    void aProjectReadIsOneRoundTripAndACreateWritesItsRowsInAFixedNumber() {
        String id = api.post("/api/v1/projects", "{\"name\":\"Counted " + run + "\"}").text("id");

        // The project, its owner and the caller's membership in one statement; a non-member's 404 as well.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + id)))).isEqualTo(1);
        assertThat(roundTrips(expect(404, () -> api.get("/api/v1/projects/" + UUID.randomUUID())))).isEqualTo(1);
        // Explicit slug: the activity attribution (with BEGIN), project, owner membership, board, the three columns in one
        // batch, COMMIT.
        assertThat(roundTrips(expect(201, () -> api.post("/api/v1/projects",
                "{\"name\":\"Counted\",\"slug\":\"explicit-" + run + "\"}")))).isEqualTo(EXPLICIT_SLUG_CREATE);
        // A derived slug adds the turn among creates deriving the same slug, the lookup of the free suffix, and the
        // SAVEPOINT and RELEASE around its attempt (so that one lost to a concurrent create can be retried); however
        // many are taken.
        for (int i = 0; i < 3; i++) {
            assertThat(roundTrips(expect(201, () -> api.post("/api/v1/projects", "{\"name\":\"Derived " + run + "\"}"))))
                    .isEqualTo(EXPLICIT_SLUG_CREATE + 4);
        }
        // Edit, soft delete and restore: the project and membership, the update, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.patch("/api/v1/projects/" + id, "{\"description\":\"counted\"}"))))
                .isEqualTo(WRITE + 3);
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/projects/" + id)))).isEqualTo(WRITE + 3);
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/projects/" + id + "/restore", null)))).isEqualTo(WRITE + 3);
    }

    @Test
    void theMemberListIsOneStatementWhateverItsLengthAndAMemberChangeTwo() {
        String project = api.post("/api/v1/projects", "{\"name\":\"Crew " + run + "\"}").text("id");
        String members = "/api/v1/projects/" + project + "/members";

        assertThat(roundTrips(expect(200, () -> api.get(members)))).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            String user = api.post("/api/v1/users", Api.userJson("crew" + i + "-" + run + "@example.com", "Crew " + i)).text("id");
            // The activity attribution (with BEGIN), the caller's membership, the upsert answering the member, COMMIT.
            assertThat(roundTrips(expect(200, () -> api.send("PUT", members + "/" + user, Api.JSON, "{\"role\":\"MEMBER\"}"))))
                    .isEqualTo(4);
        }
        assertThat(roundTrips(expect(200, () -> api.get(members)))).isEqualTo(1);
        assertThat(roundTrips(expect(404, () -> api.get("/api/v1/projects/" + UUID.randomUUID() + "/members")))).isEqualTo(1);
        String leaving = api.get(members).items().getLast().get("userId").getStringValue();
        // A removal: the project and membership, the delete, the unassignment (after the delete: it must see the
        // assignments the delete waited for), COMMIT.
        assertThat(roundTrips(expect(204, () -> api.delete(members + "/" + leaving)))).isEqualTo(WRITE + 4);
    }

    @Test
    void aTaskReadIsOneStatementWhateverItsLabelsAndItsChangesAFixedNumber() {
        String project = api.post("/api/v1/projects", "{\"name\":\"Tasks " + run + "\"}").text("id");
        String me = api.get("/api/v1/me").text("id");
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            labels.append(i == 0 ? "" : ",").append('"').append(WorkDatabase.label(project, "l" + i, "#00000" + i)).append('"');
        }
        String tasks = "/api/v1/projects/" + project + "/tasks";

        // Every change below starts with the activity attribution, which carries the BEGIN (WRITE below).
        // The project and membership, the column lock, its occupancy, the insert, the read back, COMMIT.
        assertThat(roundTrips(expect(201, () -> api.post(tasks, "{\"title\":\"plain\"}")))).isEqualTo(WRITE + 6);
        // The assignee check and the labels check add one statement each; the labels go in with the task's insert.
        String task = api.post(tasks, "{\"title\":\"seed\"}").text("id");
        assertThat(roundTrips(expect(201, () -> api.post(tasks, "{\"title\":\"full\",\"assigneeId\":\"" + me
                + "\",\"labelIds\":[" + labels + "]}")))).isEqualTo(WRITE + 8);
        String labelled = api.post(tasks, "{\"title\":\"labelled\",\"labelIds\":[" + labels + "]}").text("id");

        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/tasks/" + labelled)))).isEqualTo(1);
        // A batch: the project, the board's column lock, their occupancy, the assignee and label checks, the
        // tasks and their labels in two batches, the read back, COMMIT; the same for 3 tasks as for 30.
        for (int size : new int[] {3, 30}) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < size; i++) {
                items.append(i == 0 ? "" : ",").append("{\"title\":\"b").append(i).append("\",\"assigneeId\":\"").append(me)
                        .append("\",\"labelIds\":[").append(labels).append("]}");
            }
            assertThat(roundTrips(expect(201, () -> api.post(tasks + "/batch", "{\"items\":[" + items + "]}")))).isEqualTo(WRITE + 9);
        }
        // A bulk change: the project, the column lock and occupancy, the task locks, the assignee and label
        // checks, the move, the fields, the labels added, COMMIT; the same for 3 tasks as for 30.
        String doneColumn = WorkDatabase.columnIds(project).get(2);
        for (int size : new int[] {3, 30}) {
            StringBuilder ids = new StringBuilder();
            for (int i = 0; i < size; i++) {
                ids.append(i == 0 ? "" : ",").append('"').append(api.post(tasks, "{\"title\":\"bulk\"}").text("id")).append('"');
            }
            String body = "{\"ids\":[" + ids + "],\"set\":{\"columnId\":\"" + doneColumn + "\",\"assigneeId\":\"" + me
                    + "\",\"addLabelIds\":[" + labels + "]}}";
            assertThat(roundTrips(expect(200, () -> api.send("PATCH", tasks, Api.JSON, body)))).isEqualTo(WRITE + 10);
        }
        // Comments: the task check, then one slice whatever its size; an edit with its revision is one statement.
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/tasks/" + labelled + "/comments", "{\"body\":\"c" + i + "\"}");
        }
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/tasks/" + labelled + "/comments?limit=100")))).isEqualTo(2);
        // A new comment: the task, the insert, the read back, COMMIT.
        String comment = answeredIn(WRITE + 4, 201,
                () -> api.post("/api/v1/tasks/" + labelled + "/comments", "{\"body\":\"edit me\"}")).text("id");
        // The comment, the edit and its revision, the read back, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.patch("/api/v1/comments/" + comment, "{\"body\":\"edited\"}")))).isEqualTo(WRITE + 4);
        // The comment check, then its revisions; a delete is the comment, the update, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/comments/" + comment + "/revisions")))).isEqualTo(2);
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/comments/" + comment)))).isEqualTo(WRITE + 3);
        // The project and membership, then one slice with assignees and labels, whatever its size.
        assertThat(roundTrips(expect(200, () -> api.get(tasks + "?limit=1")))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.get(tasks + "?limit=100&labelId=" + labels.substring(1, 37))))).isEqualTo(2);
        assertThat(roundTrips(expect(404, () -> api.get("/api/v1/tasks/" + UUID.randomUUID())))).isEqualTo(1);
        // The task, the update, the read back, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.patch("/api/v1/tasks/" + labelled, "{\"title\":\"renamed\"}")))).isEqualTo(WRITE + 4);
        // The lock that queues the task's moves, the task, the column lock, the occupancy, the task again under the
        // lock, the neighbours, the update, the read back, COMMIT.
        String column = api.get("/api/v1/tasks/" + task).text("columnId");
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/tasks/" + labelled + "/move",
                "{\"columnId\":\"" + column + "\",\"beforeId\":\"" + task + "\"}")))).isEqualTo(WRITE + 9);
    }

    @Test
    void theBoardCostsTheSameFewStatementsWithTenColumnsOfAHundredTasksOfFiveLabels() {
        String project = api.post("/api/v1/projects", "{\"name\":\"Big board " + run + "\"}").text("id");
        String me = api.get("/api/v1/me").text("id");
        String board = "/api/v1/projects/" + project + "/board?tasksPerColumn=100";
        // The project and membership, then the columns with their counts and first tasks: no transaction around them.
        assertThat(roundTrips(expect(200, () -> api.get(board)))).isEqualTo(2);

        for (int i = 3; i < 10; i++) {
            WorkDatabase.addColumn(project, "Column " + i);
        }
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            labels.add(WorkDatabase.label(project, "label " + i, "#00000" + i));
        }
        for (String column : WorkDatabase.columnIds(project)) {
            WorkDatabase.seedTasks(project, column, 100, "task", me, labels);
        }

        Api.Response full = api.get(board);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().get("columns").values()).hasSize(10)
                .allSatisfy(column -> assertThat(column.get("tasks").values()).hasSize(100)
                        .allSatisfy(task -> assertThat(task.get("labels").values()).hasSize(5)));
        assertThat(roundTrips(expect(200, () -> api.get(board)))).isEqualTo(2);
        // A slice of the caller's projects with their counts: one statement whatever its size.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects?limit=100")))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects?limit=1&minOpenTasks=1")))).isEqualTo(1);
        // The project and membership, then every figure in one statement.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + project + "/stats")))).isEqualTo(2);
        String column = WorkDatabase.columnIds(project).get(0);
        // The column's project and membership, one slice of its tasks.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/columns/" + column + "/tasks?limit=100")))).isEqualTo(2);
    }

    @Test
    void boardLabelAndOwnershipChangesCostAFixedNumberOfRoundTrips() {
        String project = api.post("/api/v1/projects", "{\"name\":\"Changes " + run + "\"}").text("id");
        String labels = "/api/v1/projects/" + project + "/labels";
        String task = api.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"t\"}").text("id");

        // Every change starts with the activity attribution, which carries the BEGIN (WRITE).
        // Labels: the project or label, the write, COMMIT; the list is the project and one statement.
        assertThat(roundTrips(expect(201, () -> api.post(labels, "{\"name\":\"counted\",\"color\":\"#123456\"}")))).isEqualTo(WRITE + 3);
        String label = api.post(labels, "{\"name\":\"second\",\"color\":\"#123456\"}").text("id");
        assertThat(roundTrips(expect(200, () -> api.get(labels)))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.patch("/api/v1/labels/" + label, "{\"color\":\"#654321\"}")))).isEqualTo(WRITE + 3);
        // A label on a task: the task, the label check, the insert with the version bump, COMMIT.
        assertThat(roundTrips(expect(204, () -> api.send("PUT", "/api/v1/tasks/" + task + "/labels/" + label, null, null)))).isEqualTo(WRITE + 4);
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/tasks/" + task + "/labels/" + label)))).isEqualTo(WRITE + 3);
        // A label's deletion: the label, its lock (so that the delete sees labels put on while it waited), the delete
        // with the version bump of its tasks, COMMIT.
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/labels/" + label)))).isEqualTo(WRITE + 4);

        // Columns: the project, the board lock, the count of its columns (after the lock, so that it sees the changes
        // the lock waited for), the shift of later columns, the insert, the read back, COMMIT.
        String columns = "/api/v1/projects/" + project + "/columns";
        assertThat(roundTrips(expect(201, () -> api.post(columns, "{\"name\":\"Counted\",\"position\":0}"))))
                .isEqualTo(WRITE + 7);
        String column = api.post(columns, "{\"name\":\"Moved\"}").text("id");
        // The column, the board lock and count, the column again, the shift, the update, the read back, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.patch("/api/v1/columns/" + column, "{\"position\":1}"))))
                .isEqualTo(WRITE + 8);
        // The column, the board lock and count, the column again, its lock and occupancy, the delete, the gap closed,
        // COMMIT.
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/columns/" + column)))).isEqualTo(WRITE + 9);

        // Tasks: soft delete is the task, the update, COMMIT; restore adds the column lock and occupancy and the read back.
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/tasks/" + task)))).isEqualTo(WRITE + 3);
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/tasks/" + task + "/restore", null)))).isEqualTo(WRITE + 6);

        // Ownership: the project, its version, the demotion, the promotion, then the notification behind
        // SAVEPOINT and RELEASE, COMMIT. The new owner's notifications: one statement.
        String heir = api.post("/api/v1/users", Api.userJson("heir-" + run + "@example.com", "Heir")).text("id");
        api.send("PUT", "/api/v1/projects/" + project + "/members/" + heir, Api.JSON, "{\"role\":\"ADMIN\"}");
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/projects/" + project + "/transfer-ownership",
                "{\"newOwnerId\":\"" + heir + "\"}")))).isEqualTo(WRITE + 8);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/me/notifications?limit=100")))).isEqualTo(1);
    }

    @Test
    void contentSearchAndHistoryCostAFixedNumberWhateverThePageSize() {
        String project = api.post("/api/v1/projects", "{\"name\":\"Content " + run + "\"}").text("id");
        String documents = "/api/v1/projects/" + project + "/documents";
        for (int i = 0; i < 5; i++) {
            api.post(documents, "{\"title\":\"Spec " + i + "\",\"body\":\"anchor chain\",\"metadata\":{\"status\":\"draft\"}}");
            api.post("/api/v1/projects/" + project + "/tasks", "{\"title\":\"anchor " + i + "\"}");
        }
        // The project and membership, the insert, the read back, COMMIT.
        assertThat(roundTrips(expect(201, () -> api.post(documents, "{\"title\":\"Counted\",\"metadata\":{\"a\":1}}"))))
                .isEqualTo(WRITE + 4);
        String document = api.get(documents + "?limit=1").itemIds().getFirst();
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/documents/" + document)))).isEqualTo(1);
        // The document, the update, the read back, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.patch("/api/v1/documents/" + document, "{\"metadata\":{\"b\":2}}"))))
                .isEqualTo(WRITE + 4);
        // Lists: the project and membership, then one slice, whatever its size and filters.
        assertThat(roundTrips(expect(200, () -> api.get(documents + "?limit=1")))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.get(documents + "?limit=100&hasKey=status&jsonPath=%24.status%20%3D%3D%20%22draft%22"))))
                .isEqualTo(2);
        // Search: the project and membership, the hits; an empty first page adds the suggestions.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + project + "/search?q=anchor&limit=1")))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + project + "/search?q=anchor&limit=100")))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + project + "/search?q=anchr")))).isEqualTo(3);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/search?q=anchor&limit=100")))).isEqualTo(1);
        // History: the project (or task) check, then one slice.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + project + "/activity?limit=1")))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + project + "/activity?limit=100")))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/documents/" + document)))).isEqualTo(1);
        // A soft delete: the document, the update, COMMIT; a restore adds the read back.
        assertThat(roundTrips(expect(204, () -> api.delete("/api/v1/documents/" + document)))).isEqualTo(WRITE + 3);
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/documents/" + document + "/restore", null)))).isEqualTo(WRITE + 4);
        String task = api.get("/api/v1/projects/" + project + "/tasks?limit=1").itemIds().getFirst();
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/tasks/" + task + "/activity?limit=100")))).isEqualTo(2);
        // Fuzzy lookups: one statement for the caller's projects; the project check and one for its labels.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects?q=contnt&limit=100")))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/projects/" + project + "/labels?q=bgu")))).isEqualTo(2);
    }

    @Test
    void aTransferIsAFixedNumberOfStatementsHoweverLargeItsBatch() {
        String bank = api.post("/api/v1/ledger/accounts", "{\"name\":\"Bank\",\"currency\":\"EUR\",\"ownerId\":null}").text("id");
        // An account: the INSERT (with BEGIN), COMMIT.
        String spare = answeredIn(2, 201, () -> api.post("/api/v1/ledger/accounts", "{\"name\":\"Spare\",\"currency\":\"EUR\"}"))
                .text("id");
        // A close: the account locked (with BEGIN), the update, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/ledger/accounts/" + spare + "/close", null)))).isEqualTo(3);
        String customer = api.post("/api/v1/ledger/accounts", "{\"name\":\"Customer\",\"currency\":\"EUR\"}").text("id");
        // The accounts locked in id order and then the transfers with these ids (with BEGIN), one statement writing the
        // transfer, its entries and the accounts' new figures, COMMIT; and, as the administrator debits an account
        // they do not own (the bank), the confirmation that they are one now: 4.
        assertThat(roundTrips(expect(201, () -> api.post("/api/v1/ledger/transfers", ledgerTransfer(bank, customer, false)))))
                .isEqualTo(4);
        // The owner of the debit account needs no confirmation: 3.
        assertThat(roundTrips(expect(201, () -> api.post("/api/v1/ledger/transfers", ledgerTransfer(customer, bank, false)))))
                .isEqualTo(3);
        for (int size : new int[] {3, 30}) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < size; i++) {
                items.append(i == 0 ? "" : ",").append(ledgerTransfer(bank, customer, false));
            }
            // One confirmation of the administrator for the whole batch.
            assertThat(roundTrips(expect(200, () -> api.post("/api/v1/ledger/transfers/batch",
                    "{\"atomic\":true,\"transfers\":[" + items + "]}")))).isEqualTo(4);
        }
        // Post: the transfer locked (with BEGIN), the accounts, the administrator's confirmation (the bank is not
        // theirs), the one write, COMMIT.
        String pending = api.post("/api/v1/ledger/transfers", ledgerTransfer(bank, customer, true)).text("id");
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/ledger/transfers/" + pending + "/post", null)))).isEqualTo(5);
        String voided = api.post("/api/v1/ledger/transfers", ledgerTransfer(bank, customer, true)).text("id");
        // A void costs what a post does.
        assertThat(roundTrips(expect(200, () -> api.post("/api/v1/ledger/transfers/" + voided + "/void", null)))).isEqualTo(5);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/ledger/transfers/" + voided)))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/ledger/accounts?limit=100")))).isEqualTo(1);
        // The balance as of an instant: SET TRANSACTION (with BEGIN), the account check, the last entry, COMMIT.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/ledger/accounts/" + customer + "/balance")))).isEqualTo(4);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/ledger/accounts/" + customer)))).isEqualTo(1);
        // The account check, then one slice of entries.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/ledger/accounts/" + customer + "/entries?limit=100")))).isEqualTo(2);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/ledger/transfers?limit=100")))).isEqualTo(1);
        // SET TRANSACTION (with BEGIN), the four checks, COMMIT: one snapshot.
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/ledger/reconciliation")))).isEqualTo(6);
    }

    private static String ledgerTransfer(String debit, String credit, boolean pending) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"debitAccountId\":\"" + debit + "\",\"creditAccountId\":\"" + credit
                + "\",\"amount\":7,\"currency\":\"EUR\",\"pending\":" + pending + "}";
    }

    /**
     * The round trip every change of the work context starts with: naming its actor and time for the activity history
     * the database writes (the BEGIN travels with it).
     */
    private static final int WRITE = 1;
    private static final int EXPLICIT_SLUG_CREATE = WRITE + 5;

    @Test
    void signInRefreshAndSessionsCostAFixedNumberOfRoundTrips() {
        String email = "session-" + run + "@example.com";
        api.post("/api/v1/users", Api.userJson(email, "Sessions " + run));
        String signIn = "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        // A first session, for the member to revoke below.
        api.post("/api/v1/auth/token", signIn);

        // Sign-in: the recent failures of the e-mail and of the client address, the user, then (with BEGIN) the
        // failures cleared, the session, its refresh token, COMMIT.
        Api.Response tokens = answeredIn(7, 200, () -> api.post("/api/v1/auth/token", signIn));
        String refresh = "{\"refreshToken\":\"" + tokens.text("refreshToken") + "\"}";
        // Refresh: the token and its session locked (with BEGIN), the user, the token used up, the session touched, the
        // next token, COMMIT.
        tokens = answeredIn(6, 200, () -> api.post("/api/v1/auth/refresh", refresh));
        Api member = api.as(tokens.text("accessToken"));
        assertThat(roundTrips(expect(200, () -> member.get("/api/v1/me")))).isEqualTo(1);
        Api.Response sessions = answeredIn(1, 200, () -> member.get("/api/v1/auth/sessions"));
        String current = sessionOf(tokens.text("accessToken"));
        List<String> ids = new java.util.ArrayList<>();
        sessions.json().values().forEach(session -> ids.add(session.get("id").getStringValue()));
        String other = ids.stream().filter(id -> !id.equals(current)).findFirst().orElseThrow();
        // Revoking a session, or one's own by signing out: the session locked (with BEGIN), the update, COMMIT.
        assertThat(roundTrips(expect(204, () -> member.delete("/api/v1/auth/sessions/" + other)))).isEqualTo(3);
        assertThat(roundTrips(expect(204, () -> member.post("/api/v1/auth/logout", null)))).isEqualTo(3);
    }

    /** The session an access token belongs to: its {@code sid} claim. */
    private String sessionOf(String accessToken) {
        byte[] claims = java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]);
        try {
            return jsonMapper.readValue(claims, io.micronaut.json.tree.JsonNode.class).get("sid").getStringValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theKeysLivenessAndMetricsNeedNoStatementAndReadinessOne() {
        // Access tokens are verified with the keys in memory; readiness asks a pooled connection whether it is valid
        // (the driver's empty query), and so does the full health report, which includes it.
        assertThat(roundTrips(expect(200, () -> api.get("/.well-known/jwks.json")))).isEqualTo(0);
        assertThat(roundTrips(expect(200, () -> api.get("/api/v1/.well-known/jwks.json")))).isEqualTo(0);
        assertThat(roundTrips(expect(200, () -> api.get("/health/liveness")))).isEqualTo(0);
        assertThat(roundTrips(expect(200, () -> api.get("/health/readiness")))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/health")))).isEqualTo(1);
        assertThat(roundTrips(expect(200, () -> api.get("/prometheus")))).isEqualTo(0);
    }

    @Test
    void invalidInputNeverReachesTheDatabase() {
        assertThat(roundTrips(expect(400, () -> api.post("/api/v1/users", "{\"email\":1}")))).isZero();
        assertThat(roundTrips(expect(400, () -> api.get("/api/v1/users?limit=0")))).isZero();
        assertThat(roundTrips(expect(400, () -> api.get("/api/v1/users/not-a-uuid")))).isZero();
    }
}
