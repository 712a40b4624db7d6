#!/usr/bin/env bash
# Plans and timings of the work context's heaviest reads on 100,000 tasks: the board, a filtered task list, the
# project figures. Creates a scratch database on PGHOST/PGPORT/PGUSER (default: the local server), applies Keel's
# migrations, seeds it set-based, prints EXPLAIN (ANALYZE, BUFFERS) of each statement and its mean latency over a
# 10-second pgbench run (one client), then drops the database.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="keel_bench_work_$$"
SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
createdb "$DB"
trap 'dropdb --if-exists "$DB"' EXIT
for migration in $(ls adapters-persistence/src/main/resources/db/migration/*.sql | sort -V); do
  sed 's/\${searchLanguage}/english/g' "$migration" | psql -q -v ON_ERROR_STOP=1 -d "$DB" >/dev/null
done

psql -q -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
-- 1 owner, 50 assignees; one project with 10 columns of 10,000 tasks each (2 labels per task, a due date on 2 of 3,
-- 1 of 4 tasks unassigned), and 200 other projects of the same owner with a board and no tasks.
INSERT INTO app_user (id, email, name, role, status, password_hash, created_at, updated_at, version)
SELECT ('00000000-0000-7000-8000-' || lpad(n::text, 12, '0'))::uuid, 'user' || n || '@bench.test', 'User ' || n,
       'MEMBER', 'ACTIVE', 'x', now(), now(), 0
  FROM generate_series(0, 50) n;
INSERT INTO project (id, name, slug, created_at, updated_at, version)
SELECT ('00000000-0000-7000-9000-' || lpad(n::text, 12, '0'))::uuid, 'Project ' || n, 'project-' || n,
       now() - n * interval '1 minute', now(), 0
  FROM generate_series(0, 200) n;
INSERT INTO project_member (id, project_id, app_user_id, role, created_at, updated_at, version)
SELECT gen_random_uuid(), p.id, '00000000-0000-7000-8000-000000000000', 'OWNER', now(), now(), 0 FROM project p;
INSERT INTO project_member (id, project_id, app_user_id, role, created_at, updated_at, version)
SELECT gen_random_uuid(), '00000000-0000-7000-9000-000000000000', u.id, 'MEMBER', now(), now(), 0
  FROM app_user u WHERE u.email <> 'user0@bench.test';
INSERT INTO board (id, project_id, created_at, updated_at, version) SELECT gen_random_uuid(), id, now(), now(), 0 FROM project;
INSERT INTO board_column (id, board_id, name, position, is_done, created_at, updated_at, version)
SELECT gen_random_uuid(), b.id, 'Column ' || c, c, c = 9, now(), now(), 0
  FROM board b CROSS JOIN generate_series(0, 9) c
 WHERE b.project_id = '00000000-0000-7000-9000-000000000000' OR c < 3;
INSERT INTO label (id, project_id, name, color, created_at, updated_at, version)
SELECT ('00000000-0000-7000-a000-' || lpad(n::text, 12, '0'))::uuid, '00000000-0000-7000-9000-000000000000',
       'label ' || n, '#00000' || (n % 10), now(), now(), 0
  FROM generate_series(0, 19) n;
INSERT INTO task (id, project_id, board_column_id, rank, title, priority, assignee_id, due_date, created_by_id,
                  completed_at, created_at, updated_at, version)
SELECT gen_random_uuid(), '00000000-0000-7000-9000-000000000000', c.id, n::bigint * 1048576, 'Task ' || c.position || '-' || n,
       (ARRAY['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + n % 4],
       CASE WHEN n % 4 = 0 THEN NULL ELSE ('00000000-0000-7000-8000-' || lpad((1 + n % 50)::text, 12, '0'))::uuid END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE current_date + (n % 120) - 60 END,
       '00000000-0000-7000-8000-000000000000', CASE WHEN c.is_done THEN now() - (n % 90) * interval '1 day' END,
       now() - (n % 365) * interval '1 day', now(), 0
  FROM board_column c JOIN board b ON b.id = c.board_id CROSS JOIN generate_series(1, 10000) n
 WHERE b.project_id = '00000000-0000-7000-9000-000000000000';
INSERT INTO label_task (task_id, label_id, created_at)
SELECT t.id, ('00000000-0000-7000-a000-' || lpad(((abs(hashtext(t.id::text)) + k * 7) % 20)::text, 12, '0'))::uuid, now()
  FROM task t CROSS JOIN generate_series(0, 1) k
ON CONFLICT DO NOTHING;
VACUUM ANALYZE;
SQL

OWNER="'00000000-0000-7000-8000-000000000000'"
PROJECT="'00000000-0000-7000-9000-000000000000'"
LABELS="l.ids, l.names, l.colors"
LATERAL="LEFT JOIN LATERAL (SELECT array_agg(l.id ORDER BY l.name COLLATE \"C\", l.id) AS ids,
        array_agg(l.name ORDER BY l.name COLLATE \"C\", l.id) AS names, array_agg(l.color ORDER BY l.name COLLATE \"C\", l.id) AS colors
   FROM label_task lt JOIN label l ON l.id = lt.label_id WHERE lt.task_id = t.id) l ON true"

# The statements as the adapters send them (TaskPersistenceAdapter, BoardPersistenceAdapter, TaskListQuery,
# ProjectStatisticsAdapter), with literal parameters.
declare -A STATEMENTS
STATEMENTS[board]="SELECT c.id, c.name, c.position, c.is_done, c.wip_limit, k.n, t.id, t.title, t.priority, t.due_date, t.assignee_id, a.name, t.rank, $LABELS
  FROM board_column c JOIN board b ON b.id = c.board_id
 CROSS JOIN LATERAL (SELECT count(*) AS n FROM task x WHERE x.board_column_id = c.id AND x.deleted_at IS NULL) k
  LEFT JOIN LATERAL (SELECT x.id, x.title, x.priority, x.due_date, x.assignee_id, x.rank FROM task x
                      WHERE x.board_column_id = c.id AND x.deleted_at IS NULL ORDER BY x.rank LIMIT 20) t ON true
  LEFT JOIN app_user a ON a.id = t.assignee_id
 $LATERAL
 WHERE b.project_id = $PROJECT ORDER BY c.position, c.id, t.rank"
STATEMENTS[list]="SELECT id, title, due_date, assignee_name, label_ids FROM (
  SELECT t.id, t.project_id, t.title, t.assignee_id, t.due_date, t.deleted_at, a.name AS assignee_name, m.role,
         l.ids AS label_ids, t.priority_rank, col.is_done
    FROM task t
    JOIN project_member m ON m.project_id = t.project_id AND m.app_user_id = $OWNER
    JOIN board_column col ON col.id = t.board_column_id
    LEFT JOIN app_user a ON a.id = t.assignee_id
    $LATERAL
   WHERE t.project_id = $PROJECT) AS listed
 WHERE deleted_at IS NULL AND assignee_id = '00000000-0000-7000-8000-000000000007'
   AND label_ids @> ARRAY['00000000-0000-7000-a000-000000000003']::uuid[]
 ORDER BY due_date ASC NULLS LAST, id ASC LIMIT 21"
STATEMENTS[stats]="$(sed -n '/private static final String SELECT_STATS = """/,/"""/p' \
    adapters-persistence/src/main/java/dev/keel/adapter/persistence/work/task/ProjectStatisticsAdapter.java \
  | sed '1d;$d' | sed "s/?::uuid/$PROJECT::uuid/; s/?::timestamptz/now()/")"
STATEMENTS[stats]="${STATEMENTS[stats]%\"\"\";}"

for name in board list stats; do
  echo "== $name"
  psql -q -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${STATEMENTS[$name]}"
  printf '%s;\n' "${STATEMENTS[$name]}" > "/tmp/keel_bench_$name.sql"
  pgbench -n -c 1 -T "$SECONDS_PER_RUN" -f "/tmp/keel_bench_$name.sql" "$DB" 2>/dev/null | grep -E 'latency average|tps'
done
