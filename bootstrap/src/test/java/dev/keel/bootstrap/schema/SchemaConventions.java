package dev.keel.bootstrap.schema;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a PostgreSQL schema, and a list of Flyway migration file names, against CONVENTIONS.md section 2.
 * It reads the catalogs (pg_catalog) and returns every {@link Violation} it finds, each naming the
 * offending object, so that one test can assert that Keel's schema has none and another that a
 * deliberately bad schema has the expected ones.
 *
 * <p>Checked for every table of the schema except {@code flyway_schema_history}, partitions and tables
 * owned by extensions: names, the {@code id uuid} primary key, the audit and version columns, soft
 * delete, booleans, time zones, foreign keys and their indexes, and the names of constraints and indexes.
 */
public final class SchemaConventions {

    /** One convention of section 2 each. */
    public enum Rule {
        /** Table names are snake_case and not reserved words. */
        TABLE_NAME,
        /** Column names are snake_case. */
        COLUMN_NAME,
        /** {@code id uuid} is the primary key, named {@code pk_<table>}. */
        PRIMARY_KEY,
        /** {@code created_at} and {@code updated_at} are {@code timestamptz NOT NULL}. */
        AUDIT_TIMESTAMPS,
        /** {@code version bigint NOT NULL}. */
        VERSION_COLUMN,
        /** {@code deleted_at}, where present, is a nullable {@code timestamptz}. */
        SOFT_DELETE_COLUMN,
        /** Boolean columns start with {@code is_} or {@code has_}. */
        BOOLEAN_NAME,
        /** Times are {@code timestamptz}, never {@code timestamp without time zone}. */
        TIMESTAMP_WITH_TIME_ZONE,
        /** Foreign keys are named {@code fk_<table>_<column>_<referenced>}. */
        FOREIGN_KEY_NAME,
        /** Every foreign key has a valid, non-partial index led by its column(s). */
        FOREIGN_KEY_INDEX,
        /** Unique constraints and unique indexes are named {@code uq_<table>_<column>...}. */
        UNIQUE_NAME,
        /** Other indexes are named {@code ix_<table>_<column>...}. */
        INDEX_NAME,
        /** Check constraints are named {@code ck_<table>_<name>}. */
        CHECK_NAME,
        /** Migrations are {@code V<n>__<lower_snake>.sql}, numbered 1, 2, 3... without gaps. */
        MIGRATION_FILE_NAME
    }

    /** A broken convention: which rule, the offending object ({@code table}, {@code table.column}, {@code table.constraint}, file) and why. */
    public record Violation(Rule rule, String object, String message) {
        @Override
        public String toString() {
            return rule + " " + object + ": " + message;
        }
    }

    public static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern MIGRATION_FILE = Pattern.compile("V([1-9][0-9]*)__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");
    private static final String TIMESTAMPTZ = "timestamp with time zone";

    private static final String TABLES = """
            SELECT c.oid, c.relname
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = ?
               AND c.relkind IN ('r', 'p')
               AND NOT c.relispartition
               AND c.relname <> ?
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
             ORDER BY c.relname""";
    // Domains are checked by their base type.
    private static final String COLUMNS = """
            SELECT a.attnum, a.attname, a.attnotnull,
                   pg_catalog.format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END, NULL) AS base_type
              FROM pg_catalog.pg_attribute a
              JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
             WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum""";
    // NOT NULL constraints (contype 'n', PostgreSQL 18+) are no named objects of the conventions.
    private static final String CONSTRAINTS = """
            SELECT con.conname, con.contype, pg_catalog.array_to_string(con.conkey, ' ') AS columns, ref.relname AS referenced
              FROM pg_catalog.pg_constraint con
              LEFT JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
             WHERE con.conrelid = ? AND con.contype IN ('p', 'u', 'f', 'c')
             ORDER BY con.conname""";
    // indkey is an int2vector ("3 1"); 0 stands for an expression. Only the key columns count, not INCLUDE ones.
    private static final String INDEXES = """
            SELECT ic.relname, i.indisunique, i.indisprimary, i.indisvalid, i.indpred IS NOT NULL AS partial,
                   i.indkey::text AS columns, i.indnkeyatts,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                            WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                              AND con.contype IN ('p', 'u', 'x')) AS backs_constraint
              FROM pg_catalog.pg_index i
              JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
             WHERE i.indrelid = ?
             ORDER BY ic.relname""";
    // tgtype bits: 2 BEFORE, 8 DELETE, 16 UPDATE.
    private static final String GUARD_TRIGGERS = """
            SELECT coalesce(bool_or(t.tgtype & 16 <> 0) AND bool_or(t.tgtype & 8 <> 0), false)
              FROM pg_catalog.pg_trigger t
             WHERE t.tgrelid = ? AND NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgtype & 2 <> 0""";
    private static final String RESERVED_WORDS = "SELECT word FROM pg_catalog.pg_get_keywords() WHERE catcode IN ('R', 'T')";

    private SchemaConventions() {
    }

    /** The tables of {@code schema} that the conventions apply to. */
    public static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        for (Table table : readTables(connection, schema)) {
            names.add(table.name());
        }
        return names;
    }

    /** Every violation of the database conventions in {@code schema}. */
    public static List<Violation> check(Connection connection, String schema) throws SQLException {
        Set<String> reservedWords = reservedWords(connection);
        List<Violation> violations = new ArrayList<>();
        for (Table table : readTables(connection, schema)) {
            Map<Integer, Column> columns = columns(connection, table);
            List<Constraint> constraints = constraints(connection, table, columns);
            TableKind kind = kind(connection, table, constraints);
            checkNames(table, columns, reservedWords, violations);
            checkStandardColumns(table, kind, columns, violations);
            checkColumnTypes(table, columns, violations);
            List<Index> indexes = indexes(connection, table, columns);
            checkConstraints(table, kind, constraints, indexes, violations);
            checkIndexNames(table, indexes, violations);
        }
        return violations;
    }

    /** Violations of the migration naming rule among these file names (relative to the migration location). */
    public static List<Violation> checkMigrationFileNames(List<String> fileNames) {
        List<Violation> violations = new ArrayList<>();
        Map<Integer, List<String>> byVersion = new TreeMap<>();
        for (String fileName : fileNames) {
            Matcher matcher = MIGRATION_FILE.matcher(fileName);
            if (matcher.matches()) {
                byVersion.computeIfAbsent(Integer.parseInt(matcher.group(1)), version -> new ArrayList<>()).add(fileName);
            } else {
                violations.add(new Violation(Rule.MIGRATION_FILE_NAME, fileName,
                        "does not match V<n>__<lower_snake_case>.sql (n from 1, no leading zeros)"));
            }
        }
        int expected = 1;
        for (Map.Entry<Integer, List<String>> version : byVersion.entrySet()) {
            if (version.getValue().size() > 1) {
                violations.add(new Violation(Rule.MIGRATION_FILE_NAME, String.join(", ", version.getValue()),
                        "several migrations share version " + version.getKey()));
            }
            if (version.getKey() != expected) {
                violations.add(new Violation(Rule.MIGRATION_FILE_NAME, version.getValue().getFirst(),
                        "versions are not consecutive: expected V" + expected + ", found V" + version.getKey()));
            }
            expected = version.getKey() + 1;
        }
        return violations;
    }

    /**
     * The files under {@code location} (e.g. {@code db/migration}) in every class path root that has it,
     * directories or jars, with their paths relative to the location, as Flyway would scan them.
     */
    public static List<String> migrationFileNames(ClassLoader classLoader, String location) throws IOException {
        List<String> names = new ArrayList<>();
        Enumeration<URL> roots = classLoader.getResources(location);
        while (roots.hasMoreElements()) {
            URI uri = toUri(roots.nextElement());
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                boolean opened = false;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                try {
                    String entry = uri.getSchemeSpecificPart();
                    names.addAll(filesUnder(jar.getPath(entry.substring(entry.indexOf("!/") + 1))));
                } finally {
                    if (opened) {
                        jar.close();
                    }
                }
            } else {
                names.addAll(filesUnder(Path.of(uri)));
            }
        }
        Collections.sort(names);
        return names;
    }

    private static List<String> filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("Unreadable class path location " + url, e);
        }
    }

    private static void checkNames(Table table, Map<Integer, Column> columns, Set<String> reservedWords, List<Violation> violations) {
        if (!SNAKE_CASE.matcher(table.name()).matches()) {
            violations.add(new Violation(Rule.TABLE_NAME, table.name(), "table name is not snake_case"));
        }
        if (reservedWords.contains(table.name())) {
            violations.add(new Violation(Rule.TABLE_NAME, table.name(),
                    "table name is a reserved word of PostgreSQL; prefix it (app_user, not user)"));
        }
        for (Column column : columns.values()) {
            if (!SNAKE_CASE.matcher(column.name()).matches()) {
                violations.add(new Violation(Rule.COLUMN_NAME, table.column(column), "column name is not snake_case"));
            }
        }
    }

    private static void checkStandardColumns(Table table, TableKind kind, Map<Integer, Column> columns, List<Violation> violations) {
        Column id = column(columns, "id");
        if (kind != TableKind.JOIN && (id == null || !id.type().equals("uuid"))) {
            violations.add(new Violation(Rule.PRIMARY_KEY, table.name() + ".id",
                    id == null ? "table has no id column" : "id is " + id.type() + ", must be uuid"));
        }
        List<String> audit = kind == TableKind.ENTITY ? List.of("created_at", "updated_at") : List.of("created_at");
        for (String name : audit) {
            Column column = column(columns, name);
            if (column == null) {
                violations.add(new Violation(Rule.AUDIT_TIMESTAMPS, table.name() + "." + name,
                        "column is missing; every " + kind.description + " has " + String.join(" and ", audit)
                                + " timestamptz NOT NULL"));
            } else if (!column.type().equals(TIMESTAMPTZ) || !column.notNull()) {
                violations.add(new Violation(Rule.AUDIT_TIMESTAMPS, table.column(column),
                        "is " + column.describe() + ", must be timestamp with time zone NOT NULL"));
            }
        }
        Column version = column(columns, "version");
        if (version == null) {
            if (kind == TableKind.ENTITY) {
                violations.add(new Violation(Rule.VERSION_COLUMN, table.name() + ".version",
                        "column is missing; every entity table has version bigint NOT NULL"));
            }
        } else if (!version.type().equals("bigint") || !version.notNull()) {
            violations.add(new Violation(Rule.VERSION_COLUMN, table.column(version),
                    "is " + version.describe() + ", must be bigint NOT NULL"));
        }
        Column deletedAt = column(columns, "deleted_at");
        if (deletedAt != null && (!deletedAt.type().equals(TIMESTAMPTZ) || deletedAt.notNull())) {
            violations.add(new Violation(Rule.SOFT_DELETE_COLUMN, table.column(deletedAt),
                    "is " + deletedAt.describe() + ", must be a nullable timestamp with time zone"));
        }
    }

    private static void checkColumnTypes(Table table, Map<Integer, Column> columns, List<Violation> violations) {
        for (Column column : columns.values()) {
            if (column.type().startsWith("boolean") && !column.name().startsWith("is_") && !column.name().startsWith("has_")) {
                violations.add(new Violation(Rule.BOOLEAN_NAME, table.column(column), "boolean column does not start with is_ or has_"));
            }
            if (column.type().startsWith("timestamp without time zone")) {
                violations.add(new Violation(Rule.TIMESTAMP_WITH_TIME_ZONE, table.column(column),
                        "is " + column.type() + ", must be timestamp with time zone"));
            }
        }
    }

    private static void checkConstraints(Table table, TableKind kind, List<Constraint> constraints,
                                         List<Index> indexes, List<Violation> violations) {
        boolean hasPrimaryKey = false;
        for (Constraint constraint : constraints) {
            String object = table.name() + "." + constraint.name();
            switch (constraint.type()) {
                case "p" -> {
                    hasPrimaryKey = true;
                    if (!constraint.name().equals("pk_" + table.name())) {
                        violations.add(new Violation(Rule.PRIMARY_KEY, object, "primary key is not named pk_" + table.name()));
                    }
                    if (kind != TableKind.JOIN && !constraint.columns().equals(List.of("id"))) {
                        violations.add(new Violation(Rule.PRIMARY_KEY, object,
                                "primary key is " + constraint.columns() + ", must be (id)"));
                    }
                }
                case "u" -> checkIndexLikeName(Rule.UNIQUE_NAME, "uq", table, object, constraint.name(),
                        constraint.columns(), "unique constraint", violations);
                case "c" -> {
                    if (!isNamed(constraint.name(), "ck_" + table.name() + "_")) {
                        violations.add(new Violation(Rule.CHECK_NAME, object,
                                "check constraint is not named ck_" + table.name() + "_<name>"));
                    }
                }
                case "f" -> {
                    String expected = "fk_" + table.name() + "_" + String.join("_", constraint.columns()) + "_" + constraint.referenced();
                    if (!constraint.name().equals(expected)) {
                        violations.add(new Violation(Rule.FOREIGN_KEY_NAME, object,
                                "foreign key " + constraint.columns() + " -> " + constraint.referenced() + " must be named " + expected));
                    }
                    if (indexes.stream().noneMatch(index -> index.serves(constraint.columns()))) {
                        violations.add(new Violation(Rule.FOREIGN_KEY_INDEX, object,
                                "foreign key " + constraint.columns() + " -> " + constraint.referenced()
                                        + " has no valid, non-partial index whose leading column(s) are " + constraint.columns()));
                    }
                }
                default -> {
                }
            }
        }
        if (!hasPrimaryKey) {
            violations.add(new Violation(Rule.PRIMARY_KEY, table.name(), "table has no primary key; it must be pk_" + table.name() + " on (id)"));
        }
    }

    /** Indexes of their own; those of primary key and unique constraints are checked with the constraint. */
    private static void checkIndexNames(Table table, List<Index> indexes, List<Violation> violations) {
        for (Index index : indexes) {
            if (index.backsConstraint()) {
                continue;
            }
            String object = table.name() + "." + index.name();
            if (index.unique()) {
                checkIndexLikeName(Rule.UNIQUE_NAME, "uq", table, object, index.name(), index.columns(), "unique index", violations);
            } else {
                checkIndexLikeName(Rule.INDEX_NAME, "ix", table, object, index.name(), index.columns(), "index", violations);
            }
        }
    }

    /**
     * {@code <prefix>_<table>_<columns...>}: the part after the table starts with the first key column
     * when that is a plain column; after an expression (lower(email)) any snake_case words may follow.
     */
    private static void checkIndexLikeName(Rule rule, String prefix, Table table, String object, String name,
                                           List<String> columns, String what, List<Violation> violations) {
        String expectedStart = prefix + "_" + table.name() + "_";
        String firstColumn = columns.isEmpty() ? null : columns.getFirst();
        boolean ok = isNamed(name, expectedStart)
                && (firstColumn == null || name.equals(expectedStart + firstColumn) || name.startsWith(expectedStart + firstColumn + "_"));
        if (!ok) {
            violations.add(new Violation(rule, object, what + " is not named " + expectedStart
                    + (firstColumn == null ? "<name>" : firstColumn + "[_...]")));
        }
    }

    private static boolean isNamed(String name, String expectedStart) {
        return name.startsWith(expectedStart) && name.length() > expectedStart.length()
                && SNAKE_CASE.matcher(name.substring(expectedStart.length())).matches();
    }

    private static Column column(Map<Integer, Column> columns, String name) {
        return columns.values().stream().filter(column -> column.name().equals(name)).findFirst().orElse(null);
    }

    private static Set<String> reservedWords(Connection connection) throws SQLException {
        Set<String> words = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(RESERVED_WORDS);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        return words;
    }

    private static List<Table> readTables(Connection connection, String schema) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            statement.setString(1, schema);
            statement.setString(2, FLYWAY_HISTORY_TABLE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tables.add(new Table(rs.getLong("oid"), rs.getString("relname")));
                }
            }
        }
        return tables;
    }

    private static Map<Integer, Column> columns(Connection connection, Table table) throws SQLException {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setLong(1, table.oid());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getInt("attnum"),
                            new Column(rs.getString("attname"), rs.getString("base_type"), rs.getBoolean("attnotnull")));
                }
            }
        }
        return columns;
    }

    private static List<Constraint> constraints(Connection connection, Table table, Map<Integer, Column> columns) throws SQLException {
        List<Constraint> constraints = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS)) {
            statement.setLong(1, table.oid());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    constraints.add(new Constraint(rs.getString("conname"), rs.getString("contype"),
                            columnNames(rs.getString("columns"), columns, Integer.MAX_VALUE), rs.getString("referenced")));
                }
            }
        }
        return constraints;
    }

    private static List<Index> indexes(Connection connection, Table table, Map<Integer, Column> columns) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
            statement.setLong(1, table.oid());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    indexes.add(new Index(rs.getString("relname"), rs.getBoolean("indisunique"), rs.getBoolean("indisvalid"),
                            rs.getBoolean("partial"), columnNames(rs.getString("columns"), columns, rs.getInt("indnkeyatts")),
                            rs.getBoolean("backs_constraint")));
                }
            }
        }
        return indexes;
    }

    /** Attribute numbers ("3 1") to column names; an expression (0) ends the list of plain leading columns. */
    private static List<String> columnNames(String attributeNumbers, Map<Integer, Column> columns, int limit) {
        List<String> names = new ArrayList<>();
        if (attributeNumbers == null || attributeNumbers.isBlank()) {
            return names;
        }
        for (String number : Arrays.stream(attributeNumbers.trim().split("\\s+")).limit(limit).toList()) {
            Column column = columns.get(Integer.parseInt(number));
            if (column == null) {
                break;
            }
            names.add(column.name());
        }
        return names;
    }

    /**
     * The kinds of table of section 2. A join table is one whose primary key is made of two or more columns that are
     * each a foreign key of their own; an append-only table is one guarded by a {@code BEFORE} trigger on both
     * {@code UPDATE} and {@code DELETE} (the database refuses changes); any other table is an entity table.
     */
    private enum TableKind {
        ENTITY("entity table"), JOIN("join table"), APPEND_ONLY("append-only table");

        final String description;

        TableKind(String description) {
            this.description = description;
        }
    }

    private static TableKind kind(Connection connection, Table table, List<Constraint> constraints) throws SQLException {
        Set<String> foreignKeyColumns = new HashSet<>();
        constraints.stream().filter(c -> c.type().equals("f") && c.columns().size() == 1)
                .forEach(c -> foreignKeyColumns.add(c.columns().getFirst()));
        boolean join = constraints.stream().anyMatch(c -> c.type().equals("p") && c.columns().size() >= 2
                && foreignKeyColumns.containsAll(c.columns()));
        if (join) {
            return TableKind.JOIN;
        }
        try (PreparedStatement statement = connection.prepareStatement(GUARD_TRIGGERS)) {
            statement.setLong(1, table.oid());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1) ? TableKind.APPEND_ONLY : TableKind.ENTITY;
            }
        }
    }

    private record Table(long oid, String name) {
        String column(Column column) {
            return name + "." + column.name();
        }
    }

    private record Column(String name, String type, boolean notNull) {
        String describe() {
            return type + (notNull ? " NOT NULL" : " NULL");
        }
    }

    private record Constraint(String name, String type, List<String> columns, String referenced) {
    }

    /** {@code columns} are the leading plain key columns, up to the first expression. */
    private record Index(String name, boolean unique, boolean valid, boolean partial, List<String> columns, boolean backsConstraint) {
        /** Whether PostgreSQL can use this index to find the rows of a foreign key on {@code foreignKey}. */
        boolean serves(List<String> foreignKey) {
            return valid && !partial && columns.size() >= foreignKey.size()
                    && new HashSet<>(columns.subList(0, foreignKey.size())).equals(new HashSet<>(foreignKey));
        }
    }
}
