-- An idempotency record is now written in the transaction of its request's effect, under a transaction-level
-- advisory lock on the key: there is no in-progress claim and no lease any more, only finished responses.
DELETE FROM idempotency_key WHERE status = 'IN_PROGRESS';

ALTER TABLE idempotency_key
    DROP CONSTRAINT ck_idempotency_key_completed_has_response,
    DROP CONSTRAINT ck_idempotency_key_status,
    DROP COLUMN status,
    DROP COLUMN locked_until;

-- NOT NULL without a long exclusive lock: a NOT VALID check is validated under a weaker lock, and SET NOT NULL
-- then trusts it instead of scanning the table.
ALTER TABLE idempotency_key ADD CONSTRAINT ck_idempotency_key_has_response
    CHECK (response_status IS NOT NULL AND response_body IS NOT NULL) NOT VALID;
ALTER TABLE idempotency_key VALIDATE CONSTRAINT ck_idempotency_key_has_response;
ALTER TABLE idempotency_key ALTER COLUMN response_status SET NOT NULL, ALTER COLUMN response_body SET NOT NULL;
ALTER TABLE idempotency_key DROP CONSTRAINT ck_idempotency_key_has_response;
