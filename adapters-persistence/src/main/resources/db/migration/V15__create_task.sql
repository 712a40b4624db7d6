-- Tasks of a project, each in one column of its board. Two foreign keys reach app_user, so they are named by their
-- role (assignee_id, created_by_id) rather than app_user_id; both are cleared when that user is removed for good.
CREATE TABLE task (
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    board_column_id uuid        NOT NULL,
    rank            bigint      NOT NULL,
    title           text        NOT NULL,
    description     text        NULL,
    priority        text        NOT NULL,
    -- Priority order for sorting and indexing (text enumerations sort alphabetically).
    priority_rank   smallint    NOT NULL GENERATED ALWAYS AS (
                        CASE priority WHEN 'LOW' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'HIGH' THEN 2 ELSE 3 END) STORED,
    assignee_id     uuid        NULL,
    due_date        date        NULL,
    created_by_id   uuid        NULL,
    completed_at    timestamptz NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    deleted_at      timestamptz NULL,
    CONSTRAINT pk_task PRIMARY KEY (id),
    CONSTRAINT fk_task_project_id_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_board_column_id_board_column FOREIGN KEY (board_column_id) REFERENCES board_column (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_assignee_id_app_user FOREIGN KEY (assignee_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_task_created_by_id_app_user FOREIGN KEY (created_by_id) REFERENCES app_user (id) ON DELETE SET NULL,
    -- Board order within a column, kept by the server: no two tasks of a column (live or deleted) share a rank.
    -- Deferrable so that re-spacing a column's ranks in one UPDATE is checked at the end of the statement.
    CONSTRAINT uq_task_board_column_id_rank UNIQUE (board_column_id, rank) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT ck_task_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
    CONSTRAINT ck_task_description_length CHECK (char_length(description) <= 10000),
    CONSTRAINT ck_task_priority CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    CONSTRAINT ck_task_version CHECK (version >= 0),
    CONSTRAINT ck_task_updated_at CHECK (updated_at >= created_at)
);

-- Foreign key indexes (board_column_id is served by uq_task_board_column_id_rank).
CREATE INDEX ix_task_project_id_created_at_id ON task (project_id, created_at, id);
CREATE INDEX ix_task_assignee_id ON task (assignee_id);
CREATE INDEX ix_task_created_by_id ON task (created_by_id);

-- The board: live tasks of a column in rank order.
CREATE INDEX ix_task_board_column_id_rank_live ON task (board_column_id, rank) WHERE deleted_at IS NULL;
