-- What GET /api/v1/users/{id} runs (UserJdbcRepository.findByIdAndDeletedAtIsNull), for a random user.
\set n random(1, :users)
SELECT id, version, email, name, role, status, password_hash, created_at, updated_at, deleted_at
  FROM app_user WHERE id = ('01900000-0000-7000-8000-' || lpad(to_hex(:n::bigint), 12, '0'))::uuid AND deleted_at IS NULL;
