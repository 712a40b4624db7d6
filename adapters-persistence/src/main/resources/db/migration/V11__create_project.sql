-- Projects of the work context. The owner is not a column here: it is the one OWNER row of project_member.
CREATE TABLE project (
    id          uuid        NOT NULL,
    name        text        NOT NULL,
    slug        text        NOT NULL,
    description text        NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    deleted_at  timestamptz NULL,
    CONSTRAINT pk_project PRIMARY KEY (id),
    CONSTRAINT ck_project_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT ck_project_slug_format CHECK (slug ~ '^[a-z0-9-]{3,60}$'),
    CONSTRAINT ck_project_description_length CHECK (char_length(description) <= 2000),
    CONSTRAINT ck_project_version CHECK (version >= 0),
    CONSTRAINT ck_project_updated_at CHECK (updated_at >= created_at)
);

-- A slug is unique among live projects only: a soft-deleted project frees it.
CREATE UNIQUE INDEX uq_project_slug ON project (slug) WHERE deleted_at IS NULL;

-- Keyset orders of live projects (text keys in code-point order, as V4 does for users).
CREATE INDEX ix_project_created_at_id ON project (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_project_name_c_id ON project (name COLLATE "C", id) WHERE deleted_at IS NULL;
