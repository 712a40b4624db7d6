CREATE TABLE app_user (
    id            uuid        NOT NULL,
    email         text        NOT NULL,
    name          text        NOT NULL,
    role          text        NOT NULL,
    status        text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    deleted_at    timestamptz NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT ck_app_user_email_lower_case CHECK (email = lower(email)),
    CONSTRAINT ck_app_user_email_length CHECK (char_length(email) BETWEEN 3 AND 254),
    CONSTRAINT ck_app_user_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT ck_app_user_role CHECK (role IN ('MEMBER', 'ADMIN')),
    CONSTRAINT ck_app_user_status CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    CONSTRAINT ck_app_user_password_hash_length CHECK (char_length(password_hash) BETWEEN 1 AND 1000),
    CONSTRAINT ck_app_user_version CHECK (version >= 0),
    CONSTRAINT ck_app_user_updated_at CHECK (updated_at >= created_at)
);

-- E-mail is unique among live users only, case-insensitively: a soft-deleted user frees its address.
CREATE UNIQUE INDEX uq_app_user_email ON app_user (lower(email)) WHERE deleted_at IS NULL;

-- Keyset indexes of live users, one per sort order of the list endpoint; the first serves the default.
CREATE INDEX ix_app_user_created_at_id ON app_user (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_app_user_name_id ON app_user (name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_app_user_email_id ON app_user (email, id) WHERE deleted_at IS NULL;

-- Substring search on name or e-mail (q=…).
CREATE INDEX ix_app_user_name_trgm ON app_user USING gin (name gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX ix_app_user_email_trgm ON app_user USING gin (email gin_trgm_ops) WHERE deleted_at IS NULL;
