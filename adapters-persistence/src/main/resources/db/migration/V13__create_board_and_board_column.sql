-- Each project has one board; a board has ordered columns.
CREATE TABLE board (
    id         uuid        NOT NULL,
    project_id uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    CONSTRAINT pk_board PRIMARY KEY (id),
    CONSTRAINT fk_board_project_id_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_board_version CHECK (version >= 0),
    CONSTRAINT ck_board_updated_at CHECK (updated_at >= created_at)
);

-- One board per project; also the index of the foreign key.
CREATE UNIQUE INDEX uq_board_project_id ON board (project_id);

CREATE TABLE board_column (
    id         uuid        NOT NULL,
    board_id   uuid        NOT NULL,
    name       text        NOT NULL,
    position   integer     NOT NULL,
    is_done    boolean     NOT NULL,
    wip_limit  integer     NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    CONSTRAINT pk_board_column PRIMARY KEY (id),
    CONSTRAINT fk_board_column_board_id_board FOREIGN KEY (board_id) REFERENCES board (id) ON DELETE CASCADE,
    CONSTRAINT ck_board_column_name_length CHECK (char_length(name) BETWEEN 1 AND 60),
    CONSTRAINT ck_board_column_position CHECK (position >= 0),
    CONSTRAINT ck_board_column_wip_limit CHECK (wip_limit IS NULL OR wip_limit >= 1),
    CONSTRAINT ck_board_column_version CHECK (version >= 0),
    CONSTRAINT ck_board_column_updated_at CHECK (updated_at >= created_at)
);

-- Column names are unique per board, case-insensitively; also the index of the foreign key.
CREATE UNIQUE INDEX uq_board_column_board_id_name ON board_column (board_id, lower(name));
-- Board order; deferrable uniqueness is not needed yet (positions only change with the columns endpoints).
CREATE INDEX ix_board_column_board_id_position ON board_column (board_id, position);
