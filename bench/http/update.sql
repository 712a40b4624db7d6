-- What PATCH /api/v1/users/{id} with a new name runs (UpdateUserService): in one transaction, the check that the
-- caller (the benchmark's administrator, renaming another user) is still an active administrator, the row by id,
-- then the optimistic UPDATE ... WHERE id AND version with the version just read.
\set n random(1, :users)
BEGIN;
SELECT 1 FROM app_user WHERE id = :admin::uuid AND role = 'ADMIN' AND status = 'ACTIVE' AND deleted_at IS NULL
   FOR SHARE;
SELECT id, email, name, role, status, created_at, updated_at, version AS read_version, deleted_at, password_hash
  FROM app_user WHERE id = ('01900000-0000-7000-8000-' || lpad(to_hex(:n::bigint), 12, '0'))::uuid AND deleted_at IS NULL \gset
UPDATE app_user SET name = 'Renamed ' || :n::bigint || ' ' || :client_id::int, updated_at = now(), version = version + 1
 WHERE id = ('01900000-0000-7000-8000-' || lpad(to_hex(:n::bigint), 12, '0'))::uuid AND version = :read_version::bigint;
COMMIT;
