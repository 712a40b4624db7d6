package dev.keel.adapter.persistence.shared.keyset;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortValue;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.keel.domain.shared.paging.SortDirection.ASC;
import static dev.keel.domain.shared.paging.SortDirection.DESC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The keyset machinery against PostgreSQL, on a scratch table of its own with a column of every key type,
 * nullable ones, many ties and NULLs: walking any order slice by slice, with the position carried as
 * canonical text in between as a cursor carries it, visits exactly the rows of a plain ORDER BY; and the
 * row-value form lets PostgreSQL enter an index at the position.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListReaderTest {

    private static final String SCHEMA = "keyset_" + HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(5));
    private static final String TABLE = SCHEMA + ".item";
    private static final String COLUMNS = "id";
    private static final int ROWS = 60;
    private static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123456Z");

    private static final SortColumn LABEL = SortColumn.text("label");
    private static final SortColumn KIND = SortColumn.text("kind");
    private static final SortColumn CREATED_AT = SortColumn.timestamptz("created_at");
    private static final SortColumn DUE_ON = SortColumn.date("due_on").nullable();
    private static final SortColumn AMOUNT = SortColumn.bigint("amount").nullable();
    private static final SortColumn PRICE = SortColumn.numeric("price").nullable();
    private static final SortColumn REF = SortColumn.uuid("ref").nullable();
    private static final SortColumn NICK = SortColumn.text("nick").nullable();
    private static final SortColumn RANK = SortColumn.bigint("rank");

    @Inject
    ListReader lists;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    @BeforeAll
    void createScratchTable() throws SQLException {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
            statement.execute("CREATE TABLE " + TABLE + " (id uuid PRIMARY KEY, label text NOT NULL, kind text NOT NULL,"
                    + " created_at timestamptz NOT NULL, due_on date, amount bigint, price numeric, ref uuid, nick text,"
                    + " rank bigint NOT NULL)");
            statement.execute("CREATE INDEX ix_item_created_at_id ON " + TABLE + " (created_at, id)");
            statement.execute("CREATE INDEX ix_item_label_c_id ON " + TABLE + " (label COLLATE \"C\", id)");
            statement.execute("CREATE INDEX ix_item_kind_c_rank_id ON " + TABLE + " (kind COLLATE \"C\", rank DESC, id DESC)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (id, label, kind, created_at, due_on, amount, price, ref, nick, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Random random = new Random(20261121);
                List<String> labels = List.of("ada", "Ada", "ADA", "Émile", "emile", "Zoë", "zoe", "Ｚeta", "😀 smile", "", " ");
                List<String> kinds = List.of("ACTIVE", "SUSPENDED", "DELETED");
                List<UUID> refs = List.of(UUID.fromString("00000000-0000-4000-8000-000000000001"),
                        UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff"),
                        UUID.fromString("80000000-0000-4000-8000-000000000000"),
                        UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff"));
                List<BigDecimal> prices = List.of(new BigDecimal("1.5"), new BigDecimal("1.50"), new BigDecimal("-2.25"),
                        new BigDecimal("0"), new BigDecimal("12345678901234567890.123456789"));
                List<Long> amounts = List.of(Long.MIN_VALUE, -5L, 0L, 7L, Long.MAX_VALUE);
                for (int i = 0; i < ROWS; i++) {
                    insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                    insert.setString(2, pick(random, labels));
                    insert.setString(3, pick(random, kinds));
                    // Few distinct instants, so that many rows tie on them; one a microsecond apart.
                    insert.setObject(4, T0.plusNanos(1000L * random.nextInt(2)).plusSeconds(random.nextInt(4)).atOffset(ZoneOffset.UTC));
                    insert.setObject(5, random.nextInt(3) == 0 ? null : LocalDate.of(2024, 2, 28).plusDays(random.nextInt(3)));
                    insert.setObject(6, random.nextInt(3) == 0 ? null : pick(random, amounts));
                    insert.setObject(7, random.nextInt(3) == 0 ? null : pick(random, prices));
                    insert.setObject(8, random.nextInt(3) == 0 ? null : pick(random, refs));
                    insert.setString(9, random.nextInt(2) == 0 ? null : pick(random, labels));
                    insert.setLong(10, random.nextInt(5));
                    insert.executeUpdate();
                }
            }
            statement.execute("ANALYZE " + TABLE);
        }
    }

    @AfterAll
    void dropScratchTable() throws SQLException {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    /** Each order, and the plain ORDER BY written by hand that it must equal. */
    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of(KeysetOrder.by(LABEL, ASC), "label COLLATE \"C\" ASC, id ASC"),
                Arguments.of(KeysetOrder.by(LABEL, DESC), "label COLLATE \"C\" DESC, id DESC"),
                Arguments.of(KeysetOrder.by(CREATED_AT, ASC), "created_at ASC, id ASC"),
                Arguments.of(KeysetOrder.by(CREATED_AT, DESC), "created_at DESC, id DESC"),
                Arguments.of(KeysetOrder.by(DUE_ON, ASC), "due_on ASC NULLS LAST, id ASC"),
                Arguments.of(KeysetOrder.by(DUE_ON, DESC), "due_on DESC NULLS LAST, id DESC"),
                Arguments.of(KeysetOrder.by(AMOUNT, ASC), "amount ASC NULLS LAST, id ASC"),
                Arguments.of(KeysetOrder.by(AMOUNT, DESC), "amount DESC NULLS LAST, id DESC"),
                Arguments.of(KeysetOrder.by(PRICE, ASC), "price ASC NULLS LAST, id ASC"),
                Arguments.of(KeysetOrder.by(PRICE, DESC), "price DESC NULLS LAST, id DESC"),
                Arguments.of(KeysetOrder.by(REF, ASC), "ref ASC NULLS LAST, id ASC"),
                Arguments.of(KeysetOrder.by(REF, DESC), "ref DESC NULLS LAST, id DESC"),
                Arguments.of(KeysetOrder.by(NICK, DESC), "nick COLLATE \"C\" DESC NULLS LAST, id DESC"),
                Arguments.of(KeysetOrder.by(KIND, ASC).then(RANK, DESC), "kind COLLATE \"C\" ASC, rank DESC, id DESC"),
                Arguments.of(KeysetOrder.by(KIND, DESC).then(LABEL, ASC).then(CREATED_AT, DESC),
                        "kind COLLATE \"C\" DESC, label COLLATE \"C\" ASC, created_at DESC, id DESC"),
                Arguments.of(KeysetOrder.by(KIND, ASC).then(LABEL, ASC).then(CREATED_AT, ASC),
                        "kind COLLATE \"C\" ASC, label COLLATE \"C\" ASC, created_at ASC, id ASC"),
                Arguments.of(KeysetOrder.by(NICK, ASC).then(DUE_ON, DESC).then(AMOUNT, ASC),
                        "nick COLLATE \"C\" ASC NULLS LAST, due_on DESC NULLS LAST, amount ASC NULLS LAST, id ASC"),
                Arguments.of(KeysetOrder.by(DUE_ON, DESC).then(PRICE, ASC).then(REF, DESC),
                        "due_on DESC NULLS LAST, price ASC NULLS LAST, ref DESC NULLS LAST, id DESC"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("orders")
    void walkingSliceBySliceVisitsExactlyThePlainOrderByResult(KeysetOrder order, String referenceOrderBy) {
        List<UUID> expected = reference(referenceOrderBy);

        for (int limit : new int[]{1, 4, 7, ROWS}) {
            assertThat(walk(order, limit)).as("slices of %d", limit).containsExactlyElementsOf(expected);
        }
        assertThat(pages(order, 7)).as("offset pages of 7").containsExactlyElementsOf(expected);
    }

    @Test
    void positionsCarryEveryKeyTypedAndNullsAsNull() {
        KeysetOrder order = KeysetOrder.by(DUE_ON, ASC).then(AMOUNT, ASC).then(PRICE, ASC).then(REF, ASC)
                .then(NICK, ASC).then(CREATED_AT, ASC).then(LABEL, ASC);
        List<SortValue.Kind> seen = new ArrayList<>();
        Optional<KeysetPosition> after = Optional.empty();
        do {
            Page.Keyset<UUID> slice = slice(order, 1, after);
            after = slice.next();
            after.ifPresent(position -> position.keys().forEach(key -> seen.add(key.kind())));
        } while (after.isPresent());

        assertThat(seen).contains(SortValue.Kind.values());
    }

    @Test
    void rowValueFormEntersTheIndexAtThePosition() {
        KeysetPosition middle = positionAt(KeysetOrder.by(CREATED_AT, ASC), ROWS / 2);

        String ascending = explain(KeysetOrder.by(CREATED_AT, ASC), middle);
        String descending = explain(KeysetOrder.by(CREATED_AT, DESC), middle);

        assertThat(ascending).containsPattern("Index (Only )?Scan using ix_item_created_at_id")
                .contains("Index Cond: (ROW(created_at, id) > ROW(");
        assertThat(descending).containsPattern("Index (Only )?Scan Backward using ix_item_created_at_id")
                .contains("Index Cond: (ROW(created_at, id) < ROW(");
    }

    @Test
    void textKeysEnterAnIndexInTheCCollation() {
        KeysetPosition middle = positionAt(KeysetOrder.by(LABEL, ASC), ROWS / 2);

        assertThat(explain(KeysetOrder.by(LABEL, ASC), middle)).containsPattern("Index (Only )?Scan using ix_item_label_c_id")
                .containsPattern("Index Cond: \\(ROW\\([^,]*label[^,]*, id\\) > ROW\\(");
    }

    @Test
    void expandedFormStillBoundsTheScanByItsFirstKey() {
        KeysetOrder order = KeysetOrder.by(KIND, ASC).then(RANK, DESC);
        KeysetPosition middle = positionAt(order, ROWS / 2);

        assertThat(explain(order, middle)).containsPattern("Index (Only )?Scan using ix_item_kind_c_rank_id")
                .containsPattern("Index Cond: \\([^)]*kind[^>]* >= ");
    }

    @Test
    void textKeysFollowCodePointsEvenWhereTheColumnCollatesLinguistically() throws SQLException {
        String collation = linguisticCollation();
        assumeThat(collation).as("a linguistic collation (ICU or en_US) on this server").isNotNull();
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + SCHEMA + ".word (id uuid PRIMARY KEY, word text COLLATE \"" + collation + "\" NOT NULL)");
            statement.execute("INSERT INTO " + SCHEMA + ".word SELECT gen_random_uuid(), w FROM unnest(ARRAY['b', 'B', 'a', 'A', 'é', 'Ｚ', '😀']) w");
        }
        ListQuery query = ListQuery.of("word", SCHEMA + ".word", KeysetOrder.by(SortColumn.text("word"), ASC));

        List<String> walked = new ArrayList<>();
        Optional<KeysetPosition> after = Optional.empty();
        do {
            Optional<KeysetPosition> from = after;
            Page<String> slice = unitOfWork.read(() -> lists.find(query, new PageRequest.Keyset(2, from), row -> row.getString(1)));
            walked.addAll(slice.items());
            after = ((Page.Keyset<String>) slice).next();
        } while (after.isPresent());

        assertThat(walked).containsExactly("A", "B", "a", "b", "é", "Ｚ", "😀");
    }

    // --- helpers ---

    private List<UUID> walk(KeysetOrder order, int limit) {
        List<UUID> walked = new ArrayList<>();
        Optional<KeysetPosition> after = Optional.empty();
        int slices = 0;
        do {
            Page.Keyset<UUID> slice = slice(order, limit, after);
            walked.addAll(slice.items());
            after = slice.next().map(ListReaderTest::throughText);
            assertThat(++slices).as("walk terminates").isLessThanOrEqualTo(ROWS + 1);
        } while (after.isPresent());
        return walked;
    }

    private List<UUID> pages(KeysetOrder order, int size) {
        List<UUID> paged = new ArrayList<>();
        for (int page = 1; ; page++) {
            int number = page;
            var offset = (Page.Offset<UUID>) unitOfWork.read(UnitOfWork.Isolation.REPEATABLE_READ,
                    () -> lists.find(query(order), new PageRequest.Offset(number, size), ListReaderTest::id));
            paged.addAll(offset.items());
            assertThat(offset.totalItems()).isEqualTo(ROWS);
            if (page >= offset.totalPages()) {
                return paged;
            }
        }
    }

    private Page.Keyset<UUID> slice(KeysetOrder order, int limit, Optional<KeysetPosition> after) {
        return (Page.Keyset<UUID>) unitOfWork.read(
                () -> lists.find(query(order), new PageRequest.Keyset(Math.min(limit, PageRequest.MAX_SIZE), after), ListReaderTest::id));
    }

    /** The position after the first {@code rows} rows of {@code order}. */
    private KeysetPosition positionAt(KeysetOrder order, int rows) {
        return slice(order, rows, Optional.empty()).next().orElseThrow();
    }

    private List<UUID> reference(String orderBy) {
        return unitOfWork.read(() -> jdbc.prepareStatement("SELECT id FROM " + TABLE + " ORDER BY " + orderBy, ps -> {
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(id(rs));
                }
            }
            return ids;
        }));
    }

    private String explain(KeysetOrder order, KeysetPosition position) {
        return KeysetPlans.explainSlice(unitOfWork, jdbc, query(order), position);
    }

    private String linguisticCollation() {
        return unitOfWork.read(() -> jdbc.prepareStatement("SELECT collname FROM pg_collation"
                + " WHERE collname IN ('und-x-icu', 'en-x-icu', 'en_US.utf8', 'en_US.UTF-8', 'en_US') ORDER BY collname DESC LIMIT 1", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }));
    }

    private static ListQuery query(KeysetOrder order) {
        return ListQuery.of(COLUMNS, TABLE, order);
    }

    private static UUID id(ResultSet rs) throws SQLException {
        return rs.getObject("id", UUID.class);
    }

    /** The position as a cursor carries it: every value as its kind and canonical text, parsed back. */
    private static KeysetPosition throughText(KeysetPosition position) {
        return new KeysetPosition(position.keys().stream().map(key -> SortValue.parse(key.kind(), key.canonical())).toList(),
                UUID.fromString(position.id().toString()));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
