-- A user who owns ledger accounts is not removed for good. V26's trigger cleared the owner of their accounts, and an
-- account without owner is a system account: a customer's money silently became the system's. Now the trigger leaves
-- ledger accounts alone and their foreign key refuses the removal (RESTRICT), which the identity context reports as
-- 409 user-owns-accounts (it names the constraint; it cannot see the ledger). Closed accounts count too: they keep
-- their entries, which must stay attributable to their owner. Tasks, comments and documents are released as before.
CREATE OR REPLACE FUNCTION release_removed_user() RETURNS trigger LANGUAGE plpgsql AS $$
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
    RETURN OLD;
END $$;

-- The check locks the owner's accounts FOR KEY SHARE, which transfers (FOR NO KEY UPDATE) do not wait for.
ALTER TABLE ledger_account
    DROP CONSTRAINT fk_ledger_account_owner_id_app_user,
    ADD CONSTRAINT fk_ledger_account_owner_id_app_user FOREIGN KEY (owner_id) REFERENCES app_user (id)
        ON DELETE RESTRICT;
