-- Comments on tasks, and the earlier texts of edited comments. A comment's author is cleared (not the comment) when
-- that user is removed for good.
CREATE TABLE comment (
    id         uuid        NOT NULL,
    task_id    uuid        NOT NULL,
    author_id  uuid        NULL,
    body       text        NOT NULL,
    edited_at  timestamptz NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    deleted_at timestamptz NULL,
    CONSTRAINT pk_comment PRIMARY KEY (id),
    CONSTRAINT fk_comment_task_id_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author_id_app_user FOREIGN KEY (author_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_comment_body_length CHECK (char_length(body) BETWEEN 1 AND 10000),
    CONSTRAINT ck_comment_version CHECK (version >= 0),
    CONSTRAINT ck_comment_updated_at CHECK (updated_at >= created_at)
);

-- A task's comments, oldest first (keyset); also the index of the task foreign key.
CREATE INDEX ix_comment_task_id_created_at_id ON comment (task_id, created_at, id);
CREATE INDEX ix_comment_author_id ON comment (author_id);

-- The text a comment had before each edit: append-only, which the database enforces.
CREATE TABLE comment_revision (
    id         uuid        NOT NULL,
    comment_id uuid        NOT NULL,
    body       text        NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_comment_revision PRIMARY KEY (id),
    CONSTRAINT fk_comment_revision_comment_id_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE,
    CONSTRAINT ck_comment_revision_body_length CHECK (char_length(body) BETWEEN 1 AND 10000)
);

CREATE INDEX ix_comment_revision_comment_id_created_at ON comment_revision (comment_id, created_at, id);

-- Append-only: rows are never changed, and removed only with their comment (the cascade of a permanent delete).
CREATE FUNCTION refuse_comment_revision_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM comment WHERE id = OLD.comment_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'comment_revision is append-only' USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER comment_revision_append_only BEFORE UPDATE OR DELETE ON comment_revision
    FOR EACH ROW EXECUTE FUNCTION refuse_comment_revision_change();
