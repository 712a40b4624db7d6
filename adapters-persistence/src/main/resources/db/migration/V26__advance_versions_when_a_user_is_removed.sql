-- Removing a user for good cleared task assignees and creators, comment authors, document creators and account owners
-- through ON DELETE SET NULL, which changed those rows behind the application's back: their version and updated_at
-- stayed, so a client's If-Match of the version before still matched. Now a trigger clears them before the user's
-- row goes, advancing each row's version and updated_at, and the foreign keys no longer change anything themselves
-- (NO ACTION: a reference the trigger missed refuses the removal instead of changing a row silently). The identity
-- context that removes the user cannot see these tables, so the database does it, as the owner guard (V20) does.
-- ledger_transfer.created_by_id and label_task.added_by_id keep SET NULL: no client sees them, nor a transfer's version.
CREATE FUNCTION release_removed_user() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    at timestamptz := coalesce(nullif(current_setting('keel.at', true), '')::timestamptz, now());
BEGIN
    UPDATE task
       SET assignee_id = CASE WHEN assignee_id = OLD.id THEN NULL ELSE assignee_id END,
           created_by_id = CASE WHEN created_by_id = OLD.id THEN NULL ELSE created_by_id END,
           updated_at = greatest(updated_at, at), version = version + 1
     WHERE assignee_id = OLD.id OR created_by_id = OLD.id;
    UPDATE comment SET author_id = NULL, updated_at = greatest(updated_at, at), version = version + 1
     WHERE author_id = OLD.id;
    UPDATE document SET created_by_id = NULL, updated_at = greatest(updated_at, at), version = version + 1
     WHERE created_by_id = OLD.id;
    -- In id order, the order in which transfers lock accounts, so that a removal and a transfer do not deadlock.
    UPDATE ledger_account SET owner_id = NULL, updated_at = greatest(updated_at, at), version = version + 1
     WHERE id IN (SELECT id FROM ledger_account WHERE owner_id = OLD.id ORDER BY id FOR NO KEY UPDATE);
    RETURN OLD;
END $$;

CREATE TRIGGER app_user_release_removed BEFORE DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION release_removed_user();

-- The same foreign keys, without an ON DELETE action.
ALTER TABLE task
    DROP CONSTRAINT fk_task_assignee_id_app_user,
    DROP CONSTRAINT fk_task_created_by_id_app_user,
    ADD CONSTRAINT fk_task_assignee_id_app_user FOREIGN KEY (assignee_id) REFERENCES app_user (id),
    ADD CONSTRAINT fk_task_created_by_id_app_user FOREIGN KEY (created_by_id) REFERENCES app_user (id);
ALTER TABLE comment
    DROP CONSTRAINT fk_comment_author_id_app_user,
    ADD CONSTRAINT fk_comment_author_id_app_user FOREIGN KEY (author_id) REFERENCES app_user (id);
ALTER TABLE document
    DROP CONSTRAINT fk_document_created_by_id_app_user,
    ADD CONSTRAINT fk_document_created_by_id_app_user FOREIGN KEY (created_by_id) REFERENCES app_user (id);
ALTER TABLE ledger_account
    DROP CONSTRAINT fk_ledger_account_owner_id_app_user,
    ADD CONSTRAINT fk_ledger_account_owner_id_app_user FOREIGN KEY (owner_id) REFERENCES app_user (id);
