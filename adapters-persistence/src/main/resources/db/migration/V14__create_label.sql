-- Labels of a project: coloured tags put on its tasks. Deleting a label removes it from its tasks too (label_task).
CREATE TABLE label (
    id         uuid        NOT NULL,
    project_id uuid        NOT NULL,
    name       text        NOT NULL,
    color      text        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    CONSTRAINT pk_label PRIMARY KEY (id),
    CONSTRAINT fk_label_project_id_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_label_name_length CHECK (char_length(name) BETWEEN 1 AND 50),
    CONSTRAINT ck_label_color_format CHECK (color ~ '^#[0-9a-f]{6}$'),
    CONSTRAINT ck_label_version CHECK (version >= 0),
    CONSTRAINT ck_label_updated_at CHECK (updated_at >= created_at)
);

-- Names are unique per project, case-insensitively; also the index of the foreign key.
CREATE UNIQUE INDEX uq_label_project_id_name ON label (project_id, lower(name));
