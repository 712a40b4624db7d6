package dev.keel.bootstrap.schema;

import dev.keel.adapter.persistence.testing.TestDatabase;
import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import dev.keel.bootstrap.schema.SchemaConventions.Rule;
import dev.keel.bootstrap.schema.SchemaConventions.Violation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migrated schema and the migration files follow CONVENTIONS.md section 2, and the checker that
 * says so does detect violations.
 */
class SchemaConventionsTest {

    private static final String MIGRATIONS = "db/migration";

    @BeforeAll
    static void migrate() {
        TestDatabase database = TestDatabaseSession.database();
        // Idempotent, whichever test migrated first. Migrations applied by a wider configuration (say, the
        // application's own) and unknown here must not fail this run.
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:" + MIGRATIONS)
                .ignoreMigrationPatterns("*:missing", "*:future")
                .placeholders(java.util.Map.of("searchLanguage", "english"))
                .load()
                .migrate();
    }

    @Test
    void migratedPublicSchemaHasKeelsTables() throws SQLException {
        try (Connection connection = TestDatabaseSession.database().connect()) {
            assertThat(SchemaConventions.tables(connection, "public"))
                    .as("tables of the migrated schema the conventions apply to")
                    .contains("app_user", "idempotency_key")
                    .doesNotContain(SchemaConventions.FLYWAY_HISTORY_TABLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Rule.class, mode = EnumSource.Mode.EXCLUDE, names = "MIGRATION_FILE_NAME")
    void publicSchemaFollowsTheConvention(Rule rule) throws SQLException {
        List<Violation> violations;
        try (Connection connection = TestDatabaseSession.database().connect()) {
            violations = SchemaConventions.check(connection, "public");
        }

        assertThat(violations)
                .as("violations of %s in the migrated schema", rule)
                .filteredOn(violation -> violation.rule() == rule)
                .isEmpty();
    }

    @Test
    void migrationFilesAreNamedAndNumberedConsecutively() throws Exception {
        List<String> files = SchemaConventions.migrationFileNames(getClass().getClassLoader(), MIGRATIONS);

        assertThat(files).as("migration files on the class path under %s", MIGRATIONS).isNotEmpty().contains("V1__enable_pg_trgm.sql");
        assertThat(SchemaConventions.checkMigrationFileNames(files)).as("violations among %s", files).isEmpty();
    }

    @Test
    void checkerReportsBadMigrationFileNames() {
        List<Violation> violations = SchemaConventions.checkMigrationFileNames(List.of(
                "V1__create_thing.sql", "V2__Add_Column.sql", "V3__add-index.sql", "v4__lower_prefix.sql",
                "V5_single_underscore.sql", "V5__duplicate_version.sql", "V6__other_duplicate.sql",
                "V6__same_number.sql", "V8__gap_before.sql", "V9__no_extension", "R__repeatable.sql", "V010__zero_padded.sql"));

        assertThat(violations).extracting(Violation::rule).containsOnly(Rule.MIGRATION_FILE_NAME);
        assertThat(violations).extracting(Violation::object).contains(
                "V2__Add_Column.sql", "V3__add-index.sql", "v4__lower_prefix.sql", "V5_single_underscore.sql",
                "V6__other_duplicate.sql, V6__same_number.sql", "V8__gap_before.sql", "V9__no_extension",
                "R__repeatable.sql", "V010__zero_padded.sql");
        assertThat(violations).extracting(Violation::object).doesNotContain("V1__create_thing.sql");
        // V2, V3 and V4 are misnamed, so V5 is the first valid one after V1.
        assertThat(violations).filteredOn(v -> v.message().contains("not consecutive"))
                .extracting(Violation::object).containsExactly("V5__duplicate_version.sql", "V8__gap_before.sql");
    }

    /**
     * A throwaway schema, created in a transaction that is rolled back, with one well-designed table and
     * tables that break every database rule: the checker reports each broken rule with the offending
     * object, and nothing about the well-designed parts.
     */
    @Test
    void checkerReportsEveryKindOfViolationInABadlyDesignedSchema() throws SQLException {
        String schema = "keel_schema_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<Violation> violations;
        try (Connection connection = TestDatabaseSession.database().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("SET LOCAL search_path TO " + schema);
                for (String ddl : BAD_SCHEMA) {
                    statement.execute(ddl);
                }
                violations = SchemaConventions.check(connection, schema);
            } finally {
                connection.rollback();
            }
            assertThat(SchemaConventions.tables(connection, schema)).as("the throwaway schema is gone").isEmpty();
        }

        assertThat(violations).extracting(Violation::rule, Violation::object).contains(
                tuple(Rule.TABLE_NAME, "Widget"),
                tuple(Rule.TABLE_NAME, "user"),
                tuple(Rule.COLUMN_NAME, "gadget.displayName"),
                tuple(Rule.PRIMARY_KEY, "gadget.id"),
                tuple(Rule.PRIMARY_KEY, "gadget.gadget_pkey"),
                tuple(Rule.PRIMARY_KEY, "keyless"),
                tuple(Rule.AUDIT_TIMESTAMPS, "gadget.created_at"),
                tuple(Rule.AUDIT_TIMESTAMPS, "gadget.updated_at"),
                tuple(Rule.VERSION_COLUMN, "gadget.version"),
                tuple(Rule.VERSION_COLUMN, "part.version"),
                tuple(Rule.SOFT_DELETE_COLUMN, "gadget.deleted_at"),
                tuple(Rule.BOOLEAN_NAME, "gadget.active"),
                tuple(Rule.TIMESTAMP_WITH_TIME_ZONE, "gadget.seen_at"),
                tuple(Rule.TIMESTAMP_WITH_TIME_ZONE, "gadget.created_at"),
                tuple(Rule.FOREIGN_KEY_NAME, "gadget.gadget_owner_fk"),
                tuple(Rule.FOREIGN_KEY_INDEX, "gadget.gadget_owner_fk"),
                tuple(Rule.FOREIGN_KEY_INDEX, "part.fk_part_spare_owner_id_owner"),
                tuple(Rule.UNIQUE_NAME, "gadget.gadget_code_key"),
                tuple(Rule.UNIQUE_NAME, "gadget.gadget_code_lower"),
                tuple(Rule.INDEX_NAME, "gadget.gadget_name_idx"),
                tuple(Rule.INDEX_NAME, "part.ix_widget_owner_id"),
                tuple(Rule.CHECK_NAME, "gadget.positive_price"),
                tuple(Rule.AUDIT_TIMESTAMPS, "part_spare.created_at"),
                tuple(Rule.PRIMARY_KEY, "pairing.pk_pairing"),
                tuple(Rule.PRIMARY_KEY, "pairing.id"),
                tuple(Rule.AUDIT_TIMESTAMPS, "owner_note.updated_at"),
                tuple(Rule.VERSION_COLUMN, "owner_note.version"));

        assertThat(violations).extracting(Violation::rule).as("every database rule is shown failing")
                .containsAll(EnumSet.complementOf(EnumSet.of(Rule.MIGRATION_FILE_NAME)));
        assertThat(violations).extracting(Violation::object).as("the well-designed table and objects are not reported")
                .noneMatch(object -> object.equals("owner") || object.startsWith("owner.")
                        || object.startsWith("owner_part") || object.startsWith("owner_event"))
                .doesNotContain("part.fk_part_owner_id_owner", "part.pk_part", "part.ix_part_owner_id_created_at",
                        "part.uq_part_serial_number", "part.ck_part_serial_number_length", "gadget.is_visible",
                        "gadget.has_warranty", "part.deleted_at", "part_spare.id", "part_spare.version",
                        "part_spare.pk_part_spare");
        assertThat(violations).allSatisfy(violation -> assertThat(violation.toString())
                .as("message names the offending object").contains(violation.object()));
    }

    @Test
    void checkerFindsNoViolationInTheWellDesignedTableAlone() throws SQLException {
        String schema = "keel_schema_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = TestDatabaseSession.database().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("SET LOCAL search_path TO " + schema);
                statement.execute(OWNER);
                assertThat(SchemaConventions.check(connection, schema)).isEmpty();
                assertThat(SchemaConventions.tables(connection, schema)).containsExactly("owner");
            } finally {
                connection.rollback();
            }
        }
    }

    private static final String OWNER = """
            CREATE TABLE owner (
                id         uuid        NOT NULL,
                email      text        NOT NULL,
                is_active  boolean     NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                version    bigint      NOT NULL,
                deleted_at timestamptz NULL,
                CONSTRAINT pk_owner PRIMARY KEY (id),
                CONSTRAINT ck_owner_email_length CHECK (char_length(email) <= 254)
            )""";

    private static final List<String> BAD_SCHEMA = List.of(
            OWNER,
            "CREATE UNIQUE INDEX uq_owner_email ON owner (lower(email)) WHERE deleted_at IS NULL",
            "CREATE INDEX ix_owner_created_at_id ON owner (created_at DESC, id DESC) WHERE deleted_at IS NULL",
            """
            CREATE TABLE "Widget" (
                id uuid NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL,
                CONSTRAINT "pk_Widget" PRIMARY KEY (id)
            )""",
            """
            CREATE TABLE "user" (
                id uuid NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL,
                CONSTRAINT pk_user PRIMARY KEY (id)
            )""",
            """
            CREATE TABLE keyless (
                id uuid NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL
            )""",
            """
            CREATE TABLE gadget (
                id            bigint PRIMARY KEY,
                "displayName" text,
                active        boolean NOT NULL,
                is_visible    boolean NOT NULL,
                has_warranty  boolean NOT NULL,
                seen_at       timestamp,
                created_at    timestamp NOT NULL,
                deleted_at    timestamptz NOT NULL,
                owner_id      uuid NOT NULL CONSTRAINT gadget_owner_fk REFERENCES owner (id),
                code          text CONSTRAINT gadget_code_key UNIQUE,
                price         numeric(19, 4) CONSTRAINT positive_price CHECK (price > 0)
            )""",
            "CREATE INDEX gadget_name_idx ON gadget (\"displayName\")",
            "CREATE UNIQUE INDEX gadget_code_lower ON gadget (lower(code))",
            """
            CREATE TABLE part (
                id             uuid        NOT NULL,
                owner_id       uuid        NOT NULL,
                spare_owner_id uuid        NULL,
                serial_number  text        NOT NULL,
                created_at     timestamptz NOT NULL,
                updated_at     timestamptz NOT NULL,
                version        integer     NOT NULL,
                deleted_at     timestamptz NULL,
                CONSTRAINT pk_part PRIMARY KEY (id),
                CONSTRAINT fk_part_owner_id_owner FOREIGN KEY (owner_id) REFERENCES owner (id),
                CONSTRAINT fk_part_spare_owner_id_owner FOREIGN KEY (spare_owner_id) REFERENCES owner (id),
                CONSTRAINT uq_part_serial_number UNIQUE (serial_number),
                CONSTRAINT ck_part_serial_number_length CHECK (char_length(serial_number) <= 100)
            )""",
            "CREATE INDEX ix_part_owner_id_created_at ON part (owner_id, created_at)",
            // Partial: serves live-row lookups, but not the foreign key (deleting an owner scans every part).
            "CREATE INDEX ix_part_spare_owner_id ON part (spare_owner_id) WHERE deleted_at IS NULL",
            "CREATE INDEX ix_widget_owner_id ON part (owner_id)",
            // A well-designed join table: composite key of its two foreign keys, created_at, no id or version.
            """
            CREATE TABLE owner_part (
                owner_id   uuid        NOT NULL,
                part_id    uuid        NOT NULL,
                created_at timestamptz NOT NULL,
                CONSTRAINT pk_owner_part PRIMARY KEY (owner_id, part_id),
                CONSTRAINT fk_owner_part_owner_id_owner FOREIGN KEY (owner_id) REFERENCES owner (id),
                CONSTRAINT fk_owner_part_part_id_part FOREIGN KEY (part_id) REFERENCES part (id)
            )""",
            "CREATE INDEX ix_owner_part_part_id ON owner_part (part_id)",
            // A join table without created_at.
            """
            CREATE TABLE part_spare (
                part_id  uuid NOT NULL CONSTRAINT fk_part_spare_part_id_part REFERENCES part (id),
                spare_id uuid NOT NULL CONSTRAINT fk_part_spare_spare_id_part REFERENCES part (id),
                CONSTRAINT pk_part_spare PRIMARY KEY (part_id, spare_id)
            )""",
            "CREATE INDEX ix_part_spare_spare_id ON part_spare (spare_id)",
            // A composite key that is not made of foreign keys does not make a join table.
            """
            CREATE TABLE pairing (
                left_code  text        NOT NULL,
                right_code text        NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                version    bigint      NOT NULL,
                CONSTRAINT pk_pairing PRIMARY KEY (left_code, right_code)
            )""",
            // A well-designed append-only table: id, created_at, guarded against UPDATE and DELETE by the database.
            """
            CREATE TABLE owner_event (
                id         uuid        NOT NULL,
                owner_id   uuid        NOT NULL,
                created_at timestamptz NOT NULL,
                CONSTRAINT pk_owner_event PRIMARY KEY (id),
                CONSTRAINT fk_owner_event_owner_id_owner FOREIGN KEY (owner_id) REFERENCES owner (id)
            )""",
            "CREATE INDEX ix_owner_event_owner_id ON owner_event (owner_id)",
            """
            CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'append-only';
            END $$""",
            "CREATE TRIGGER owner_event_append_only BEFORE UPDATE OR DELETE ON owner_event FOR EACH ROW EXECUTE FUNCTION refuse_change()",
            // Guarded against DELETE only: an entity table, so its missing updated_at and version are reported.
            """
            CREATE TABLE owner_note (
                id         uuid        NOT NULL,
                created_at timestamptz NOT NULL,
                CONSTRAINT pk_owner_note PRIMARY KEY (id)
            )""",
            "CREATE TRIGGER owner_note_no_delete BEFORE DELETE ON owner_note FOR EACH ROW EXECUTE FUNCTION refuse_change()");
}
