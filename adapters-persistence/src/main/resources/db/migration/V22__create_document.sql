-- Documents of a project: a title, an optional text and free-form JSON metadata (always an object). The creator is
-- cleared (not the document) when that user is removed for good.
CREATE TABLE document (
    id            uuid        NOT NULL,
    project_id    uuid        NOT NULL,
    created_by_id uuid        NULL,
    title         text        NOT NULL,
    body          text        NULL,
    metadata      jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    deleted_at    timestamptz NULL,
    CONSTRAINT pk_document PRIMARY KEY (id),
    CONSTRAINT fk_document_project_id_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_created_by_id_app_user FOREIGN KEY (created_by_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_document_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
    CONSTRAINT ck_document_body_length CHECK (char_length(body) <= 100000),
    CONSTRAINT ck_document_metadata_object CHECK (jsonb_typeof(metadata) = 'object'),
    CONSTRAINT ck_document_version CHECK (version >= 0),
    CONSTRAINT ck_document_updated_at CHECK (updated_at >= created_at)
);

-- A project's documents newest first (also the index of the project foreign key), and by title in code-point order.
CREATE INDEX ix_document_project_id_created_at_id ON document (project_id, created_at, id);
CREATE INDEX ix_document_project_id_title_id_live ON document (project_id, title COLLATE "C", id) WHERE deleted_at IS NULL;
CREATE INDEX ix_document_created_by_id ON document (created_by_id);

-- Containment (@>), key (?, ?&) and SQL/JSON path (@@) filters on live documents' metadata.
CREATE INDEX ix_document_metadata_live ON document USING gin (metadata) WHERE deleted_at IS NULL;
