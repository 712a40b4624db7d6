-- LIMIT/OFFSET alone, without the count, to separate the two costs.
\set depth random(1, :users - 100)
SELECT id, email, name, role, status, password_hash, created_at, updated_at, version, deleted_at
  FROM app_user
 WHERE deleted_at IS NULL
 ORDER BY created_at DESC, id DESC
 LIMIT 20 OFFSET :depth;
