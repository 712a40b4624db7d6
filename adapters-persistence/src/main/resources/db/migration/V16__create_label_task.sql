-- Which labels a task carries: a join table with data of its own (who put the label on, and when).
CREATE TABLE label_task (
    task_id     uuid        NOT NULL,
    label_id    uuid        NOT NULL,
    added_by_id uuid        NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT pk_label_task PRIMARY KEY (task_id, label_id),
    CONSTRAINT fk_label_task_task_id_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_label_task_label_id_label FOREIGN KEY (label_id) REFERENCES label (id) ON DELETE CASCADE,
    CONSTRAINT fk_label_task_added_by_id_app_user FOREIGN KEY (added_by_id) REFERENCES app_user (id) ON DELETE SET NULL
);

-- The tasks carrying a label (filter by label, deleting a label); also the index of that foreign key.
CREATE INDEX ix_label_task_label_id_task_id ON label_task (label_id, task_id);
CREATE INDEX ix_label_task_added_by_id ON label_task (added_by_id);
