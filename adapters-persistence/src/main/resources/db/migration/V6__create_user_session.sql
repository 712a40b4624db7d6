-- A sign-in of a user: refreshed by rotating refresh tokens until it expires (30 days after sign-in) or is revoked.
CREATE TABLE user_session (
    id           uuid        NOT NULL,
    app_user_id  uuid        NOT NULL,
    user_agent   text        NULL,
    last_used_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT pk_user_session PRIMARY KEY (id),
    -- A user deleted for good takes their sessions along.
    CONSTRAINT fk_user_session_app_user_id_app_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_session_user_agent_length CHECK (char_length(user_agent) BETWEEN 1 AND 512),
    CONSTRAINT ck_user_session_expires_at CHECK (expires_at > created_at),
    CONSTRAINT ck_user_session_version CHECK (version >= 0),
    CONSTRAINT ck_user_session_updated_at CHECK (updated_at >= created_at)
);

-- Foreign key; also serves "the user's sessions" (list, revoke all).
CREATE INDEX ix_user_session_app_user_id ON user_session (app_user_id);
