-- A project keeps its owner: the OWNER membership row is never deleted while its project exists. Removing a user for
-- good cascades to their memberships, so without this a project could lose its only owner; the identity context
-- cannot see projects, so the database refuses it and names this guard. Deleting the project itself cascades its
-- memberships after the project row is gone, which the guard lets through.
CREATE FUNCTION keep_project_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.role = 'OWNER' AND EXISTS (SELECT 1 FROM project WHERE id = OLD.project_id) THEN
        RAISE EXCEPTION 'user % owns project %: transfer or delete the project first', OLD.app_user_id, OLD.project_id
            USING ERRCODE = 'restrict_violation', CONSTRAINT = 'ck_project_member_owner_kept';
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER project_member_owner_kept BEFORE DELETE ON project_member
    FOR EACH ROW EXECUTE FUNCTION keep_project_owner();
