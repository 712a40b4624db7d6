package dev.keel.adapter.persistence.work.project;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.LikePatterns;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectFilter;
import dev.keel.domain.work.project.ProjectSort;

import java.util.ArrayList;
import java.util.List;

/**
 * The caller's project list: a derived table of the projects they belong to, with owner, membership and task counts
 * grouped per project (a least open-task count is a HAVING on that group) and the name's likeness to the text filter,
 * then the keyset or offset of the sort.
 * No client text is ever part of the statement.
 */
final class ProjectListQuery {

    /** The columns in the order the project reader expects them. */
    static final String COLUMNS = "id, name, slug, description, created_at, updated_at, version, deleted_at, owner_id, "
            + "member_id, role, member_since, open_tasks, done_tasks, relevance";

    private static final String FROM = """
            (SELECT p.id, p.name, p.slug, p.description, p.created_at, p.updated_at, p.version, p.deleted_at,
                    o.app_user_id AS owner_id, m.app_user_id AS member_id, m.role, m.created_at AS member_since,
                    count(t.id) FILTER (WHERE NOT c.is_done) AS open_tasks, count(t.id) FILTER (WHERE c.is_done) AS done_tasks,
                    %s AS relevance
               FROM project_member m
               JOIN project p ON p.id = m.project_id
               JOIN project_member o ON o.project_id = p.id AND o.role = 'OWNER'
               LEFT JOIN task t ON t.project_id = p.id AND t.deleted_at IS NULL
               LEFT JOIN board_column c ON c.id = t.board_column_id
              WHERE m.app_user_id = ? AND %s%s
              GROUP BY p.id, o.app_user_id, m.app_user_id, m.role, m.created_at
              %s) AS listed""";

    private static final SortColumn CREATED_AT = SortColumn.timestamptz("created_at");
    private static final SortColumn NAME = SortColumn.text("name");
    private static final SortColumn RELEVANCE = SortColumn.numeric("relevance");
    /** The least trigram word similarity of a name to the text for the name to count as a match ("kepl" finds "Keel"). */
    static final double FUZZY_THRESHOLD = 0.3;

    private ProjectListQuery() {
    }

    static ListQuery of(UserId member, ProjectFilter filter, ProjectSort sort) {
        List<Object> values = new ArrayList<>();
        String relevance = "0::numeric";
        if (filter.text().isPresent()) {
            // How much of the name matches (word similarity) plus how alike the whole name is: the closest whole name wins ties.
            relevance = "(word_similarity(?, p.name) + similarity(?, p.name))::numeric";
            values.add(filter.text().get());
            values.add(filter.text().get());
        }
        values.add(member.value());
        String visibility = filter.deletedOnly() ? "p.deleted_at IS NOT NULL AND m.role = 'OWNER'" : "p.deleted_at IS NULL";
        String text = "";
        if (filter.text().isPresent()) {
            text = " AND (p.name ILIKE ? ESCAPE '\\' OR word_similarity(?, p.name) >= " + FUZZY_THRESHOLD + ")";
            values.add(LikePatterns.contains(filter.text().get()));
            values.add(filter.text().get());
        }
        String having = "";
        if (filter.minOpenTasks().isPresent()) {
            having = "HAVING count(t.id) FILTER (WHERE NOT c.is_done) >= ?";
            values.add(filter.minOpenTasks().get());
        }
        SortColumn column = switch (sort.field()) {
            case CREATED_AT -> CREATED_AT;
            case NAME -> NAME;
            case RELEVANCE -> RELEVANCE;
        };
        return ListQuery.of(COLUMNS, FROM.formatted(relevance, visibility, text, having), values, KeysetOrder.by(column, sort.direction()));
    }

}
