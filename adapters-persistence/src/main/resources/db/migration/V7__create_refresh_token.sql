-- Refresh tokens, stored only as the SHA-256 of the token (hex). A used token stays, so that its reuse is recognised.
CREATE TABLE refresh_token (
    id              uuid        NOT NULL,
    token_hash      text        NOT NULL,
    user_session_id uuid        NOT NULL,
    used_at         timestamptz NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT pk_refresh_token PRIMARY KEY (id),
    CONSTRAINT uq_refresh_token_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user_session_id_user_session FOREIGN KEY (user_session_id) REFERENCES user_session (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_refresh_token_token_hash_format CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_refresh_token_used_at CHECK (used_at IS NULL OR used_at >= created_at),
    CONSTRAINT ck_refresh_token_version CHECK (version >= 0),
    CONSTRAINT ck_refresh_token_updated_at CHECK (updated_at >= created_at)
);

CREATE INDEX ix_refresh_token_user_session_id ON refresh_token (user_session_id);
