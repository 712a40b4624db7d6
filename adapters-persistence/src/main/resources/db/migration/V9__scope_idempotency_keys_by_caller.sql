-- Idempotency keys belong to their caller: the same key from two users is two keys. Records made before this
-- migration were anonymous: they keep the anonymous scope until they expire.
ALTER TABLE idempotency_key ADD COLUMN scope text NOT NULL DEFAULT 'anonymous';
ALTER TABLE idempotency_key ALTER COLUMN scope DROP DEFAULT;
ALTER TABLE idempotency_key ADD CONSTRAINT ck_idempotency_key_scope_length CHECK (char_length(scope) BETWEEN 1 AND 100);
ALTER TABLE idempotency_key ADD CONSTRAINT uq_idempotency_key_scope_request_key UNIQUE (scope, request_key);
ALTER TABLE idempotency_key DROP CONSTRAINT uq_idempotency_key_request_key;
