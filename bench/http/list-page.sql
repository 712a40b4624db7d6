-- What GET /api/v1/users?limit=20 runs (UserListQuery through ListReader): 21 rows, the extra one tells
-- whether another slice follows. The password hash is not read (UserRow.PROFILE_COLUMNS).
SELECT id, email, name, role, status, created_at, updated_at, version, deleted_at,
       created_at AS keyset_key_0, id AS keyset_id
  FROM app_user WHERE (deleted_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT 21;
