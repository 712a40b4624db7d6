-- The activity history of projects: one row per change to a project, member, column, task, label assignment, comment or
-- document, written by triggers in the transaction that makes the change, so that no path (a bulk statement, a cascade)
-- can change the work without leaving its trace. The application names who acts and when, per transaction:
--   SELECT set_config('keel.actor_id', <user id>, true), set_config('keel.at', <instant>, true)
-- Without them the actor is unknown (NULL) and the time is the transaction's.
-- actor_id and task_id are no foreign keys on purpose: the history outlives the users and tasks it mentions.
CREATE TABLE activity (
    id          uuid        NOT NULL,
    position    bigint      GENERATED ALWAYS AS IDENTITY,
    project_id  uuid        NOT NULL,
    actor_id    uuid        NULL,
    entity_type text        NOT NULL,
    entity_id   uuid        NOT NULL,
    task_id     uuid        NULL,
    action      text        NOT NULL,
    changes     jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT pk_activity PRIMARY KEY (id),
    CONSTRAINT fk_activity_project_id_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_activity_entity_type CHECK (entity_type IN ('project', 'member', 'column', 'task', 'comment', 'document')),
    CONSTRAINT ck_activity_action CHECK (action IN ('created', 'updated', 'moved', 'deleted', 'restored', 'removed',
                                                    'labelAdded', 'labelRemoved')),
    CONSTRAINT ck_activity_changes_object CHECK (jsonb_typeof(changes) = 'object')
);

-- Newest first per project (also the index of the project foreign key), per task, per entity and per actor.
CREATE INDEX ix_activity_project_id_position ON activity (project_id, position);
CREATE INDEX ix_activity_task_id_position ON activity (task_id, position) WHERE task_id IS NOT NULL;
CREATE INDEX ix_activity_entity_id_position ON activity (entity_id, position);
CREATE INDEX ix_activity_project_id_actor_id_position ON activity (project_id, actor_id, position);

-- A time-ordered (version 7) UUID for rows the database itself writes.
CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                                          PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
                                          FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

-- Append-only: rows are never changed, and removed only with their project (the cascade of a permanent delete).
CREATE FUNCTION refuse_activity_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM project WHERE id = OLD.project_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'activity is append-only' USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER activity_append_only BEFORE UPDATE OR DELETE ON activity
    FOR EACH ROW EXECUTE FUNCTION refuse_activity_change();

-- The fields of a row that differ, by their API names: {"name": {"from": …, "to": …}}. A field in `redacted` (long or
-- private text) shows only that it changed: {"body": {"changed": true}}. `fields` pairs column and API name as
-- 'column:apiName' (the API name defaults to the column's).
CREATE FUNCTION activity_changes(old_row jsonb, new_row jsonb, fields text[], redacted text[]) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    changes jsonb := '{}';
    field   text;
    column_name text;
    api_name    text;
BEGIN
    FOREACH field IN ARRAY fields LOOP
        column_name := split_part(field, ':', 1);
        api_name := coalesce(nullif(split_part(field, ':', 2), ''), column_name);
        -- A missing row (insert, delete) counts as JSON null: a field created empty is no change.
        IF coalesce(old_row -> column_name, 'null') IS DISTINCT FROM coalesce(new_row -> column_name, 'null') THEN
            changes := changes || jsonb_build_object(api_name, CASE WHEN column_name = ANY (redacted)
                THEN jsonb_build_object('changed', true)
                ELSE jsonb_build_object('from', coalesce(old_row -> column_name, 'null'), 'to', coalesce(new_row -> column_name, 'null')) END);
        END IF;
    END LOOP;
    RETURN changes;
END $$;

-- One activity row for the changed row of the table it fires on. TG_ARGV: the entity type, then the tracked fields
-- and the redacted ones (see activity_changes), comma-separated.
CREATE FUNCTION record_activity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row    jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row    jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    the_row    jsonb := coalesce(new_row, old_row);
    entity     text := TG_ARGV[0];
    fields     text[] := string_to_array(TG_ARGV[1], ',');
    redacted   text[] := string_to_array(TG_ARGV[2], ',');
    the_project uuid;
    the_entity uuid := (the_row ->> 'id')::uuid;
    the_task   uuid;
    the_action text;
    the_changes jsonb := '{}';
BEGIN
    CASE TG_TABLE_NAME
        WHEN 'project' THEN
            the_project := the_entity;
        WHEN 'project_member' THEN
            the_project := (the_row ->> 'project_id')::uuid;
            the_entity := (the_row ->> 'app_user_id')::uuid;
        WHEN 'board_column' THEN
            SELECT b.project_id INTO the_project FROM board b WHERE b.id = (the_row ->> 'board_id')::uuid;
        WHEN 'task' THEN
            the_project := (the_row ->> 'project_id')::uuid;
            the_task := the_entity;
        WHEN 'label_task' THEN
            the_task := (the_row ->> 'task_id')::uuid;
            the_entity := the_task;
            SELECT t.project_id INTO the_project FROM task t WHERE t.id = the_task;
        WHEN 'comment' THEN
            the_task := (the_row ->> 'task_id')::uuid;
            SELECT t.project_id INTO the_project FROM task t WHERE t.id = the_task;
        ELSE
            the_project := (the_row ->> 'project_id')::uuid;
    END CASE;
    -- A row removed with its project or task (a cascade) is part of that removal, which is recorded (or gone) itself.
    IF the_project IS NULL OR NOT EXISTS (SELECT 1 FROM project WHERE id = the_project) THEN
        RETURN NULL;
    END IF;

    IF TG_TABLE_NAME = 'label_task' THEN
        the_action := CASE TG_OP WHEN 'INSERT' THEN 'labelAdded' ELSE 'labelRemoved' END;
        the_changes := jsonb_build_object('labelId', jsonb_build_object(
            'from', CASE TG_OP WHEN 'DELETE' THEN old_row -> 'label_id' ELSE 'null' END,
            'to', CASE TG_OP WHEN 'INSERT' THEN new_row -> 'label_id' ELSE 'null' END));
    ELSIF TG_OP = 'INSERT' THEN
        the_action := 'created';
        the_changes := activity_changes(NULL, new_row, fields, redacted);
    ELSIF TG_OP = 'DELETE' THEN
        the_action := 'removed';
    ELSE
        the_changes := activity_changes(old_row, new_row, fields, redacted);
        IF old_row ->> 'deleted_at' IS NULL AND new_row ->> 'deleted_at' IS NOT NULL THEN
            the_action := 'deleted';
        ELSIF old_row ->> 'deleted_at' IS NOT NULL AND new_row ->> 'deleted_at' IS NULL THEN
            the_action := 'restored';
        ELSIF TG_TABLE_NAME = 'task' AND (old_row -> 'board_column_id' IS DISTINCT FROM new_row -> 'board_column_id'
                OR (old_row -> 'rank' IS DISTINCT FROM new_row -> 'rank' AND old_row -> 'version' IS DISTINCT FROM new_row -> 'version')) THEN
            -- A re-spacing of ranks leaves versions alone: only a move of the task itself is one.
            the_action := 'moved';
        ELSIF the_changes = '{}' THEN
            -- Nothing a reader could see changed (a version bump, a re-spacing of ranks).
            RETURN NULL;
        ELSE
            the_action := 'updated';
        END IF;
    END IF;

    INSERT INTO activity (id, project_id, actor_id, entity_type, entity_id, task_id, action, changes, created_at)
    VALUES (uuid_v7(), the_project, nullif(current_setting('keel.actor_id', true), '')::uuid, entity, the_entity, the_task,
            the_action, the_changes, coalesce(nullif(current_setting('keel.at', true), '')::timestamptz, now()));
    RETURN NULL;
END $$;

CREATE TRIGGER project_activity AFTER INSERT OR UPDATE OR DELETE ON project
    FOR EACH ROW EXECUTE FUNCTION record_activity('project', 'name,slug,description', '');
CREATE TRIGGER project_member_activity AFTER INSERT OR UPDATE OR DELETE ON project_member
    FOR EACH ROW EXECUTE FUNCTION record_activity('member', 'role', '');
CREATE TRIGGER board_column_activity AFTER INSERT OR UPDATE OR DELETE ON board_column
    FOR EACH ROW EXECUTE FUNCTION record_activity('column', 'name,position,is_done:done,wip_limit:wipLimit', '');
CREATE TRIGGER task_activity AFTER INSERT OR UPDATE OR DELETE ON task
    FOR EACH ROW EXECUTE FUNCTION record_activity('task',
        'title,description,priority,assignee_id:assigneeId,due_date:dueDate,board_column_id:columnId', 'description');
CREATE TRIGGER label_task_activity AFTER INSERT OR DELETE ON label_task
    FOR EACH ROW EXECUTE FUNCTION record_activity('task', '', '');
CREATE TRIGGER comment_activity AFTER INSERT OR UPDATE OR DELETE ON comment
    FOR EACH ROW EXECUTE FUNCTION record_activity('comment', 'body', 'body');
CREATE TRIGGER document_activity AFTER INSERT OR UPDATE OR DELETE ON document
    FOR EACH ROW EXECUTE FUNCTION record_activity('document', 'title,body,metadata', 'body,metadata');
