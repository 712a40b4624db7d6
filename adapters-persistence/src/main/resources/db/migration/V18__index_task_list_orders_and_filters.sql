-- The orders and filters of a project's task list, on live tasks (checked with EXPLAIN on 100,000 tasks in
-- bench/work/explain.sh): each sort walks an index of the project's tasks in that order, an assignee's tasks come
-- from their own index, and a title substring (q) is a trigram match.
CREATE INDEX ix_task_project_id_due_date_id_live ON task (project_id, due_date, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_task_project_id_priority_rank_id_live ON task (project_id, priority_rank, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_task_project_id_updated_at_id_live ON task (project_id, updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_task_assignee_id_due_date_id_live ON task (assignee_id, due_date, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_task_title_trgm_live ON task USING gin (title gin_trgm_ops) WHERE deleted_at IS NULL;
