-- The same slice by page number: count plus LIMIT/OFFSET, as offset paging runs it.
\set depth random(1, :users - 100)
SELECT count(*) FROM app_user WHERE deleted_at IS NULL;
SELECT id, email, name, role, status, password_hash, created_at, updated_at, version, deleted_at
  FROM app_user
 WHERE deleted_at IS NULL
 ORDER BY created_at DESC, id DESC
 LIMIT 20 OFFSET :depth;
