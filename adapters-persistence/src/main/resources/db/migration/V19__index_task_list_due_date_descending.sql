-- The due date sorts NULLS LAST in both directions (undated tasks last), which a backward scan of the ascending index
-- of V18 cannot give: descending gets an index of its own.
CREATE INDEX ix_task_project_id_due_date_desc_id_live ON task (project_id, due_date DESC NULLS LAST, id DESC)
    WHERE deleted_at IS NULL;
