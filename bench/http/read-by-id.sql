-- What GET /api/v1/users/{id} runs (UserPersistenceAdapter.findLiveProfile: the user without its password hash),
-- for a random user.
\set n random(1, :users)
SELECT id, email, name, role, status, created_at, updated_at, version, deleted_at
  FROM app_user WHERE id = ('01900000-0000-7000-8000-' || lpad(to_hex(:n::bigint), 12, '0'))::uuid AND deleted_at IS NULL;
