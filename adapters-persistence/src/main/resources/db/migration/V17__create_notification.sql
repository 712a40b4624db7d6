-- Notifications for a user (e.g. "you now own project X"), newest first. Entity-shaped: a later change may mark
-- them read.
CREATE TABLE notification (
    id          uuid        NOT NULL,
    app_user_id uuid        NOT NULL,
    kind        text        NOT NULL,
    project_id  uuid        NULL,
    message     text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_app_user_id_app_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_project_id_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_kind CHECK (kind IN ('PROJECT_OWNERSHIP_TRANSFERRED')),
    CONSTRAINT ck_notification_message_length CHECK (char_length(message) BETWEEN 1 AND 500),
    CONSTRAINT ck_notification_version CHECK (version >= 0),
    CONSTRAINT ck_notification_updated_at CHECK (updated_at >= created_at)
);

-- A user's notifications, newest first (keyset); also the index of the user foreign key.
CREATE INDEX ix_notification_app_user_id_created_at_id ON notification (app_user_id, created_at DESC, id DESC);
CREATE INDEX ix_notification_project_id ON notification (project_id);
