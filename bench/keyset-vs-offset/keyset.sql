-- One slice of the default listing (newest first) after a random position, as UserListQuery builds it through
-- ListReader (the two keyset_* columns carry the next position).
\set depth random(1, :users - 100)
SELECT id, email, name, role, status, password_hash, created_at, updated_at, version, deleted_at,
       created_at AS keyset_key_0, id AS keyset_id
  FROM app_user
 WHERE (deleted_at IS NULL)
   AND ((created_at, id) < (timestamptz '2026-01-01' + (:users - :depth) * interval '1 second', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid))
 ORDER BY created_at DESC, id DESC
 LIMIT 21;
