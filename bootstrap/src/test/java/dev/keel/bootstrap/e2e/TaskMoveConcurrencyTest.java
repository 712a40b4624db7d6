package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 random moves, 50 at a time, over one board. At the moment each move commits, a deferred constraint trigger
 * (created by this test, for this project only) records the live order of the column the task landed in. Every move
 * that answered 200 must then show, in the order recorded for its version, its task right before (or after) the
 * anchor it asked for, or at the bottom when it gave none; and no two tasks of a column may ever share a rank.
 */
@MicronautTest
class TaskMoveConcurrencyTest extends EndToEndTest {

    private static final int MOVES = 1_000;
    private static final int AT_A_TIME = 50;

    /** What a successful reply says was asked for and done. */
    private record Move(String task, long version, String column, String anchor, String side) {
    }

    @Test
    void concurrentMovesNeverShareAPositionAndEachHonouredItsNeighbourWhenItCommitted() throws Exception {
        Api owner = api.newMember("mover-" + run + "@example.com");
        String project = owner.post("/api/v1/projects", "{\"name\":\"Moves " + run + "\"}").text("id");
        List<String> columns = WorkDatabase.columnIds(project);
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String column = columns.get(i < 30 ? 0 : 1);
            tasks.add(owner.post("/api/v1/projects/" + project + "/tasks",
                    "{\"title\":\"t" + i + "\",\"columnId\":\"" + column + "\"}").text("id"));
        }
        String log = "move_log_" + run.replace("-", "");
        installCommitLog(log, project);
        ConcurrentLinkedQueue<Move> done = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        try {
            try (ExecutorService clients = Executors.newFixedThreadPool(AT_A_TIME)) {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < MOVES; i++) {
                    running.add(clients.submit(() -> moveAtRandom(owner, tasks, columns, done, unexpected)));
                }
                for (Future<?> move : running) {
                    move.get();
                }
            }
            assertThat(unexpected).as("answers other than 200, or 422 for an anchor that moved away meanwhile").isEmpty();
            assertThat(done).as("most moves succeed").hasSizeGreaterThan(MOVES / 2);
            Map<String, List<String>> orderAtCommit = readCommitLog(log);
            for (Move move : done) {
                List<String> order = orderAtCommit.get(move.task() + "@" + move.version());
                assertThat(order).as("order recorded when %s committed", move).isNotNull();
                int at = order.indexOf(move.task());
                switch (move.side()) {
                    case "beforeId" -> assertThat(order.get(at + 1)).as("%s in %s", move, order).isEqualTo(move.anchor());
                    case "afterId" -> assertThat(order.get(at - 1)).as("%s in %s", move, order).isEqualTo(move.anchor());
                    default -> assertThat(at).as("%s at the bottom of %s", move, order).isEqualTo(order.size() - 1);
                }
            }
        } finally {
            dropCommitLog(log);
        }
        List<String> placed = new ArrayList<>();
        for (String column : columns) {
            assertThat(WorkDatabase.ranks(column)).as("ranks of column %s", column).doesNotHaveDuplicates();
            placed.addAll(WorkDatabase.taskOrder(column));
        }
        assertThat(placed).as("every task in exactly one place").containsExactlyInAnyOrderElementsOf(tasks);
    }

    private static void moveAtRandom(Api owner, List<String> tasks, List<String> columns, ConcurrentLinkedQueue<Move> done,
                                     ConcurrentLinkedQueue<String> unexpected) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String task = tasks.get(random.nextInt(tasks.size()));
        String anchor = tasks.get(random.nextInt(tasks.size()));
        String column;
        String side;
        if (anchor.equals(task) || random.nextInt(10) == 0) {
            column = columns.get(random.nextInt(columns.size()));
            anchor = null;
            side = "bottom";
        } else {
            column = columnOf(anchor);
            side = random.nextBoolean() ? "beforeId" : "afterId";
        }
        String body = "{\"columnId\":\"" + column + "\"" + (anchor == null ? "" : ",\"" + side + "\":\"" + anchor + "\"") + "}";
        Api.Response reply;
        do {
            // 503: no connection within the pool's timeout, nothing done; a client retries.
            reply = owner.post("/api/v1/tasks/" + task + "/move", body);
        } while (reply.status() == 503);
        if (reply.status() == 200) {
            done.add(new Move(task, reply.json().get("version").getLongValue(), column, anchor, side));
        } else if (!(reply.status() == 422 && anchor != null && reply.body().contains("task-refused"))) {
            unexpected.add(body + " -> " + reply);
        }
    }

    private static String columnOf(String task) {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT board_column_id FROM task WHERE id = '" + task + "'")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log table, and a deferred trigger that fills it as each move of the project's tasks commits. */
    private static void installCommitLog(String log, String project) throws SQLException {
        try (Connection connection = TestDatabaseSession.database().connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + log + " (task_id uuid, version bigint, ordered uuid[])");
            statement.execute("""
                    CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF NEW.project_id = '%2$s' AND NEW.version <> OLD.version THEN
                            INSERT INTO %1$s
                            SELECT NEW.id, NEW.version, array_agg(id ORDER BY rank)
                              FROM task WHERE board_column_id = NEW.board_column_id AND deleted_at IS NULL;
                        END IF;
                        RETURN NULL;
                    END $$""".formatted(log, project));
            statement.execute("CREATE CONSTRAINT TRIGGER " + log + " AFTER UPDATE ON task DEFERRABLE INITIALLY DEFERRED"
                    + " FOR EACH ROW EXECUTE FUNCTION " + log + "()");
        }
    }

    private static Map<String, List<String>> readCommitLog(String log) throws SQLException {
        Map<String, List<String>> orders = new HashMap<>();
        try (Connection connection = TestDatabaseSession.database().connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT task_id, version, ordered FROM " + log)) {
            while (row.next()) {
                Object[] ordered = (Object[]) row.getArray(3).getArray();
                orders.put(row.getString(1) + "@" + row.getLong(2), Arrays.stream(ordered).map(Object::toString).toList());
            }
        }
        return orders;
    }

    private static void dropCommitLog(String log) throws SQLException {
        try (Connection connection = TestDatabaseSession.database().connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS " + log + " ON task");
            statement.execute("DROP FUNCTION IF EXISTS " + log + "()");
            statement.execute("DROP TABLE IF EXISTS " + log);
        }
    }
}
