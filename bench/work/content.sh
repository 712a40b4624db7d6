#!/usr/bin/env bash
# Issue 9 at scale: 100,000 tasks, 300,000 comments, 20,000 documents (and the activity their creation wrote) in one
# project, the caller a member of 200 more. For each read it prints the plan's key lines (EXPLAIN ANALYZE) and the
# p50/p95 latency of the statement over a BENCH_SECONDS (10) pgbench run with one client, next to pgbench -S run the
# same way in the same database: a two-word full-text search, a metadata containment filter, a trigram project
# search and a page of activity. The statements are the adapters' (SearchPersistenceAdapter,
# DocumentPersistenceAdapter, ProjectListQuery, ActivityPersistenceAdapter) with literal parameters.
# Runs on PGHOST/PGPORT/PGUSER (default the local server) in a scratch database it drops afterwards.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true  # "&" in a ${var/pattern/replacement} replacement is literal
cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="keel_bench_content_$$"
SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WORK="$(mktemp -d)"
createdb "$DB"
trap 'dropdb --if-exists "$DB"; rm -rf "$WORK"' EXIT
for migration in $(ls adapters-persistence/src/main/resources/db/migration/*.sql | sort -V); do
  sed 's/\${searchLanguage}/english/g' "$migration" | psql -q -v ON_ERROR_STOP=1 -d "$DB" >/dev/null
done
pgbench -i -s 1 -q "$DB" >/dev/null 2>&1

echo "seeding (a few minutes: the activity triggers run for every row)..."
psql -q -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
-- 4,000 made-up words; texts draw them skewed (random()^2), so a few words are common and most are rare.
CREATE TEMP TABLE vocabulary AS
SELECT n, (s[1 + n % 20] || s[1 + (n / 20) % 20] || s[1 + (n / 400) % 20] || 'n') AS word
  FROM generate_series(0, 3999) n,
       (SELECT ARRAY['ka','lo','mi','ne','ru','sa','ti','vo','be','da','fe','go','hu','ja','pe','qu','ri','so','tu','we'] s) syllables;
CREATE UNIQUE INDEX ON vocabulary (n);
CREATE FUNCTION pg_temp.words(count int, salt uuid) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(v.word, ' ')
      FROM (SELECT floor(4000 * random() ^ 2)::int AS k FROM generate_series(1, count) WHERE salt IS NOT NULL) g
      JOIN vocabulary v ON v.n = g.k $$;

SET keel.actor_id TO '00000000-0000-7000-8000-000000000000';
INSERT INTO app_user (id, email, name, role, status, password_hash, created_at, updated_at, version)
SELECT ('00000000-0000-7000-8000-' || lpad(n::text, 12, '0'))::uuid, 'user' || n || '@bench.test', 'User ' || n,
       'MEMBER', 'ACTIVE', 'x', now(), now(), 0
  FROM generate_series(0, 50) n;
-- Project 0 holds the content; 1..200 are named after words (plus a Keel and a Kepler) for the trigram search.
INSERT INTO project (id, name, slug, created_at, updated_at, version)
SELECT ('00000000-0000-7000-9000-' || lpad(n::text, 12, '0'))::uuid,
       CASE n WHEN 0 THEN 'Content' WHEN 1 THEN 'Keel' WHEN 2 THEN 'Kepler survey'
              ELSE initcap((SELECT word FROM vocabulary WHERE vocabulary.n = p.n * 17 % 4000)) || ' ' || n END,
       'project-' || n, now() - n * interval '1 minute', now(), 0
  FROM generate_series(0, 200) p(n);
INSERT INTO project_member (id, project_id, app_user_id, role, created_at, updated_at, version)
SELECT gen_random_uuid(), p.id, '00000000-0000-7000-8000-000000000000', 'OWNER', now(), now(), 0 FROM project p;
INSERT INTO board (id, project_id, created_at, updated_at, version) SELECT gen_random_uuid(), id, now(), now(), 0 FROM project;
INSERT INTO board_column (id, board_id, name, position, is_done, created_at, updated_at, version)
SELECT gen_random_uuid(), b.id, 'Column ' || c, c, c = 2, now(), now(), 0 FROM board b CROSS JOIN generate_series(0, 2) c;
INSERT INTO task (id, project_id, board_column_id, rank, title, description, priority, created_by_id, created_at,
                  updated_at, version)
SELECT gen_random_uuid(), '00000000-0000-7000-9000-000000000000', c.id, n::bigint * 1048576,
       pg_temp.words(4, c.id), pg_temp.words(15, c.id), (ARRAY['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + n % 4],
       '00000000-0000-7000-8000-000000000000', now() - (n % 365) * interval '1 day', now(), 0
  FROM board_column c JOIN board b ON b.id = c.board_id
 CROSS JOIN generate_series(1, CASE c.position WHEN 0 THEN 33334 ELSE 33333 END) n
 WHERE b.project_id = '00000000-0000-7000-9000-000000000000';
INSERT INTO comment (id, task_id, author_id, body, created_at, updated_at, version)
SELECT gen_random_uuid(), t.id, '00000000-0000-7000-8000-000000000000', pg_temp.words(12, t.id),
       t.created_at + k * interval '1 hour', t.created_at + k * interval '1 hour', 0
  FROM task t CROSS JOIN generate_series(1, 3) k;
INSERT INTO document (id, project_id, created_by_id, title, body, metadata, created_at, updated_at, version)
SELECT gen_random_uuid(), '00000000-0000-7000-9000-000000000000', '00000000-0000-7000-8000-000000000000',
       pg_temp.words(4, gen_random_uuid()), pg_temp.words(200, gen_random_uuid()),
       jsonb_build_object('status', (ARRAY['draft', 'review', 'approved'])[1 + n % 3],
                          'tags', (ARRAY['["legal"]', '["sales"]', '["legal", "hr"]', '["eng"]', '["ops", "legal"]'])[1 + n % 5]::jsonb,
                          'pages', 1 + n % 60) || CASE WHEN n % 4 = 0 THEN '{"reviewer": "ann"}'::jsonb ELSE '{}' END
                          || CASE WHEN n % 1000 = 0 THEN '{"audit": true}'::jsonb ELSE '{}' END,
       now() - n * interval '1 minute', now(), 0
  FROM generate_series(1, 20000) n;
VACUUM ANALYZE;
SQL

# A pair of words of middling frequency (ranks 10 and 60 of the skewed draw) for the two-word search.
WORDS="$(psql -At -d "$DB" -c "SELECT string_agg(s[1 + n % 20] || s[1 + (n / 20) % 20] || s[1 + (n / 400) % 20] || 'n', ' ' ORDER BY n)
  FROM (VALUES (10), (60)) v(n), (SELECT ARRAY['ka','lo','mi','ne','ru','sa','ti','vo','be','da','fe','go','hu','ja','pe','qu','ri','so','tu','we'] s) x")"
W1="${WORDS% *}" W2="${WORDS#* }"
psql -At -d "$DB" -c "SELECT 'tasks ' || (SELECT count(*) FROM task) || ', comments ' || (SELECT count(*) FROM comment)
  || ', documents ' || (SELECT count(*) FROM document) || ', activity rows ' || (SELECT count(*) FROM activity)
  || '; search \"$W1 $W2\" matches ' || (SELECT count(*) FROM task WHERE search_vector @@ websearch_to_tsquery('english', '$W1 $W2'))
  || ' tasks, ' || (SELECT count(*) FROM comment WHERE search_vector @@ websearch_to_tsquery('english', '$W1 $W2'))
  || ' comments, ' || (SELECT count(*) FROM document WHERE search_vector @@ websearch_to_tsquery('english', '$W1 $W2')) || ' documents'"

OWNER="'00000000-0000-7000-8000-000000000000'"
PROJECT="'00000000-0000-7000-9000-000000000000'"
declare -A STATEMENTS
STATEMENTS[search]="SELECT type, id, task_id, project_id, title,
       ts_headline(search_language(), translate(text, '<>&', chr(3) || chr(4) || chr(5)), q,
                   'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=0') AS snippet, rank
  FROM (WITH query AS MATERIALIZED (SELECT websearch_to_tsquery(search_language(), '$W1 $W2') AS q),
             scope AS (SELECT p.id FROM project p JOIN project_member m ON m.project_id = p.id AND m.app_user_id = $OWNER
                        WHERE p.deleted_at IS NULL AND p.id = $PROJECT)
        SELECT 'task'::text AS type, t.id, NULL::uuid AS task_id, t.project_id, t.title, concat_ws(E'\n', t.title, t.description) AS text,
               ts_rank(t.search_vector, query.q)::numeric AS rank, query.q
          FROM query, task t WHERE t.search_vector @@ query.q AND t.deleted_at IS NULL AND t.project_id IN (SELECT id FROM scope)
        UNION ALL
        SELECT 'comment'::text, c.id, c.task_id, t.project_id, t.title, c.body, ts_rank(c.search_vector, query.q)::numeric, query.q
          FROM query, comment c JOIN task t ON t.id = c.task_id AND t.deleted_at IS NULL
         WHERE c.search_vector @@ query.q AND c.deleted_at IS NULL AND t.project_id IN (SELECT id FROM scope)
        UNION ALL
        SELECT 'document'::text, d.id, NULL::uuid, d.project_id, d.title, concat_ws(E'\n', d.title, d.body),
               ts_rank(d.search_vector, query.q)::numeric, query.q
          FROM query, document d WHERE d.search_vector @@ query.q AND d.deleted_at IS NULL AND d.project_id IN (SELECT id FROM scope)) AS hits
 ORDER BY rank DESC, id DESC LIMIT 21"
CONTAINMENT="SELECT id, title, metadata FROM (
  SELECT d.id, d.project_id, d.title, d.metadata::text AS metadata, d.created_at, d.deleted_at, d.metadata AS metadata_value
    FROM document d JOIN project p ON p.id = d.project_id AND p.deleted_at IS NULL
    JOIN project_member m ON m.project_id = d.project_id AND m.app_user_id = $OWNER
    LEFT JOIN app_user c ON c.id = d.created_by_id) AS visible
 WHERE project_id = $PROJECT AND deleted_at IS NULL AND __CONDITION__
 ORDER BY created_at DESC, id DESC LIMIT 21"
# About 1 document in 15: the newest-first index finds 21 quickly. 7 documents: the GIN index on metadata finds them.
# One document in 1,000 has the key: the GIN index again (the adapter writes ?& as ??& for JDBC).
COMMON_FILTER="metadata_value @> '{\"status\":\"approved\",\"tags\":[\"hr\"]}'::jsonb"
RARE_FILTER="metadata_value @> '{\"audit\":true,\"status\":\"review\"}'::jsonb"
HAS_KEY="metadata_value ?& ARRAY['audit']"
STATEMENTS[containment]="${CONTAINMENT/__CONDITION__/$COMMON_FILTER}"
STATEMENTS[containment_rare]="${CONTAINMENT/__CONDITION__/$RARE_FILTER}"
STATEMENTS[has_key]="${CONTAINMENT/__CONDITION__/$HAS_KEY}"
STATEMENTS[trigram]="SELECT id, name, relevance, open_tasks FROM (
  SELECT p.id, p.name, m.app_user_id AS member_id, count(t.id) FILTER (WHERE NOT c.is_done) AS open_tasks,
         (word_similarity('kepl', p.name) + similarity('kepl', p.name))::numeric AS relevance
    FROM project_member m JOIN project p ON p.id = m.project_id
    JOIN project_member o ON o.project_id = p.id AND o.role = 'OWNER'
    LEFT JOIN task t ON t.project_id = p.id AND t.deleted_at IS NULL
    LEFT JOIN board_column c ON c.id = t.board_column_id
   WHERE m.app_user_id = $OWNER AND p.deleted_at IS NULL
     AND (p.name ILIKE '%kepl%' OR word_similarity('kepl', p.name) >= 0.3)
   GROUP BY p.id, o.app_user_id, m.app_user_id, m.role, m.created_at) AS listed
 ORDER BY relevance DESC, id DESC LIMIT 21"
STATEMENTS[activity]="SELECT id, actor_name, entity_type, action, changes FROM (
  SELECT a.id, a.position, a.project_id, a.actor_id, u.name AS actor_name, a.entity_type, a.entity_id, a.task_id, a.action,
         a.changes::text AS changes, a.created_at
    FROM activity a LEFT JOIN app_user u ON u.id = a.actor_id) AS entries
 WHERE project_id = $PROJECT ORDER BY position DESC, id DESC LIMIT 21"
ENTITY_FILTER="AND entity_type = 'document' ORDER BY"
STATEMENTS[activity_by_type]="${STATEMENTS[activity]/ORDER BY/$ENTITY_FILTER}"

percentiles() { # per-transaction pgbench log -> "p50 p95" in ms
  cat "$1".* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "p50 %.2f ms  p95 %.2f ms  (%d runs)", a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, NR}'
}
run() { # name, script file
  rm -f "$WORK/log_$1".*
  (cd "$WORK" && pgbench -n -c 1 -T "$SECONDS_PER_RUN" -l --log-prefix="log_$1" -f "$2" "$DB" >/dev/null)
  echo "  $1: $(percentiles "$WORK/log_$1")"
}
echo "== baseline"
echo "\\set aid random(1, 100000)
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;" > "$WORK/select.sql"
run pgbench-S "$WORK/select.sql"
for name in search containment containment_rare has_key trigram activity activity_by_type; do
  echo "== $name"
  psql -q -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${STATEMENTS[$name]}" \
    | grep -E 'Limit|Sort|Scan|Bitmap|Append|Nested|Hash|Aggregate|Execution Time' | awk 'NR <= 30 { print "  " $0 }'
  printf '%s;\n' "${STATEMENTS[$name]}" > "$WORK/$name.sql"
  run "$name" "$WORK/$name.sql"
done
