package dev.keel.adapter.persistence.work.search;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.search.SearchHit;
import dev.keel.domain.work.search.SearchHitType;
import dev.keel.domain.work.search.SearchRepository;
import dev.keel.domain.work.search.SearchScope;
import dev.keel.domain.work.search.SearchText;
import dev.keel.domain.work.search.Snippet;
import dev.keel.domain.work.task.TaskId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SearchRepository} on PostgreSQL full-text search: the query is parsed once ({@code websearch_to_tsquery}), each
 * kind of content is matched on its GIN-indexed {@code search_vector} and ranked with {@code ts_rank}, and the excerpts
 * ({@code ts_headline}, the costly part) are made for the rows of the page only, once sorted and cut.
 */
@Singleton
public final class SearchPersistenceAdapter implements SearchRepository {

    /**
     * Matches are marked with two control characters that stored text cannot hold (the domain refuses them), so the
     * excerpt can be cut into segments without trusting anything in the text itself. The parser behind ts_headline
     * drops what looks like markup ({@code <b>}, {@code &amp;}); so that the excerpt keeps the text as it is, its
     * {@code <}, {@code >} and {@code &} travel as three more such characters and are put back in {@link #snippet}.
     */
    private static final char MARK_START = '\u0001';
    private static final char MARK_END = '\u0002';
    private static final String MARKUP = "<>&";
    private static final String MARKUP_STAND_INS = "\u0003\u0004\u0005";
    private static final String HEADLINE_OPTIONS = "'StartSel=' || chr(1) || ', StopSel=' || chr(2) "
            + "|| ', MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=0'";
    private static final String COLUMNS = "type, id, task_id, project_id, title, ts_headline(search_language(), "
            + "translate(text, '" + MARKUP + "', chr(3) || chr(4) || chr(5)), q, " + HEADLINE_OPTIONS + ") AS snippet, rank";

    private static final String SCOPE = """
            WITH query AS MATERIALIZED (SELECT websearch_to_tsquery(search_language(), ?) AS q),
                 scope AS (SELECT p.id FROM project p JOIN project_member m ON m.project_id = p.id AND m.app_user_id = ?
                            WHERE p.deleted_at IS NULL%s)
            """;
    private static final String TASKS = """
            SELECT 'task'::text AS type, t.id, NULL::uuid AS task_id, t.project_id, t.title,
                   concat_ws(E'\\n', t.title, t.description) AS text, ts_rank(t.search_vector, query.q)::numeric AS rank, query.q
              FROM query, task t
             WHERE t.search_vector @@ query.q AND t.deleted_at IS NULL AND t.project_id IN (SELECT id FROM scope)""";
    private static final String COMMENTS = """
            SELECT 'comment'::text AS type, c.id, c.task_id, t.project_id, t.title, c.body AS text,
                   ts_rank(c.search_vector, query.q)::numeric AS rank, query.q
              FROM query, comment c JOIN task t ON t.id = c.task_id AND t.deleted_at IS NULL
             WHERE c.search_vector @@ query.q AND c.deleted_at IS NULL AND t.project_id IN (SELECT id FROM scope)""";
    private static final String DOCUMENTS = """
            SELECT 'document'::text AS type, d.id, NULL::uuid AS task_id, d.project_id, d.title,
                   concat_ws(E'\\n', d.title, d.body) AS text, ts_rank(d.search_vector, query.q)::numeric AS rank, query.q
              FROM query, document d
             WHERE d.search_vector @@ query.q AND d.deleted_at IS NULL AND d.project_id IN (SELECT id FROM scope)""";
    private static final KeysetOrder BEST_FIRST = KeysetOrder.by(SortColumn.numeric("rank"), SortDirection.DESC);

    /** Titles whose words look like the searched text (pg_trgm word similarity, served by the title's trigram index). */
    private static final String SUGGEST = """
            WITH scope AS (SELECT p.id FROM project p JOIN project_member m ON m.project_id = p.id AND m.app_user_id = ?
                            WHERE p.deleted_at IS NULL%s)
            SELECT t.title FROM task t
             WHERE ? <%% t.title AND t.deleted_at IS NULL AND t.project_id IN (SELECT id FROM scope)
             GROUP BY t.title ORDER BY max(word_similarity(?, t.title)) DESC, t.title COLLATE "C" LIMIT ?""";

    private final JdbcOperations jdbc;
    private final ListReader lists;

    SearchPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public Page<SearchHit> search(SearchScope scope, SearchText text, PageRequest page) {
        List<Object> values = new ArrayList<>(List.of(text.value(), scope.caller().value()));
        scope.project().ifPresent(project -> values.add(project.value()));
        List<String> branches = new ArrayList<>();
        for (SearchHitType type : SearchHitType.values()) {
            if (scope.types().contains(type)) {
                branches.add(switch (type) {
                    case TASK -> TASKS;
                    case COMMENT -> COMMENTS;
                    case DOCUMENT -> DOCUMENTS;
                });
            }
        }
        String from = "(" + scopeClause(SCOPE, scope) + String.join("\nUNION ALL\n", branches) + ") AS hits";
        return lists.find(ListQuery.of(COLUMNS, from, values, BEST_FIRST), page, SearchPersistenceAdapter::hit);
    }

    @Override
    public List<String> suggestTitles(SearchScope scope, SearchText text, int max) {
        return jdbc.prepareStatement(scopeClause(SUGGEST, scope), statement -> {
            int index = 1;
            statement.setObject(index++, scope.caller().value());
            if (scope.project().isPresent()) {
                statement.setObject(index++, scope.project().get().value());
            }
            statement.setString(index++, text.value());
            statement.setString(index++, text.value());
            statement.setInt(index, max);
            List<String> titles = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    titles.add(row.getString(1));
                }
            }
            return titles;
        });
    }

    private static String scopeClause(String sql, SearchScope scope) {
        return sql.formatted(scope.project().isPresent() ? " AND p.id = ?" : "");
    }

    private static SearchHit hit(ResultSet row) throws SQLException {
        return new SearchHit(SearchHitType.valueOf(row.getString(1).toUpperCase(Locale.ROOT)), row.getObject(2, UUID.class),
                Optional.ofNullable(row.getObject(3, UUID.class)).map(TaskId::new), new ProjectId(row.getObject(4, UUID.class)),
                row.getString(5), snippet(row.getString(6)), row.getBigDecimal(7));
    }

    /** Cuts a headline at its marks into plain and highlighted segments, with the text's markup characters put back. */
    static Snippet snippet(String headline) {
        List<Snippet.Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean highlighted = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == MARK_START || c == MARK_END) {
                if (!current.isEmpty()) {
                    segments.add(new Snippet.Segment(current.toString(), highlighted));
                    current.setLength(0);
                }
                highlighted = c == MARK_START;
            } else {
                int standIn = MARKUP_STAND_INS.indexOf(c);
                current.append(standIn < 0 ? c : MARKUP.charAt(standIn));
            }
        }
        if (!current.isEmpty()) {
            segments.add(new Snippet.Segment(current.toString(), highlighted));
        }
        return new Snippet(segments);
    }
}
