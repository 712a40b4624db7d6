-- Who belongs to a project, with which role: the many-to-many between projects and users, with data of its own.
-- Entity-shaped like every Keel table (the schema-convention check knows that kind only): a role change is an update
-- that advances the version. Exactly one OWNER per project.
CREATE TABLE project_member (
    id          uuid        NOT NULL,
    project_id  uuid        NOT NULL,
    app_user_id uuid        NOT NULL,
    role        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    CONSTRAINT pk_project_member PRIMARY KEY (id),
    CONSTRAINT fk_project_member_project_id_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_member_app_user_id_app_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_project_member_role CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER')),
    CONSTRAINT ck_project_member_version CHECK (version >= 0),
    CONSTRAINT ck_project_member_updated_at CHECK (updated_at >= created_at)
);

-- A user is a member of a project at most once; also the index of the project foreign key (members of a project).
CREATE UNIQUE INDEX uq_project_member_project_id_app_user_id ON project_member (project_id, app_user_id);
-- At most one owner per project.
CREATE UNIQUE INDEX uq_project_member_project_id ON project_member (project_id) WHERE role = 'OWNER';
-- The caller's projects, and the index of the user foreign key.
CREATE INDEX ix_project_member_app_user_id_project_id ON project_member (app_user_id, project_id);
