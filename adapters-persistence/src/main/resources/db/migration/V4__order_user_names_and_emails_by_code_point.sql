-- Keyset lists compare text sort keys with COLLATE "C" (Unicode code-point order, identical on every server
-- whatever its default collation, and the order of the in-memory fakes). An index serves such an ORDER BY
-- and row comparison only with the same collation: replace the name and e-mail keyset indexes of V2.
--
-- One transaction: the new indexes replace the old ones atomically. CREATE INDEX blocks writes to app_user
-- (not reads) while it builds, seconds per million users, hence the raised statement timeout; the lock
-- timeout stays at the pool's 2 s, so the migration fails rather than queue every writer behind it when
-- long transactions hold the table.
SET LOCAL statement_timeout = '15min';

CREATE INDEX ix_app_user_name_c_id ON app_user (name COLLATE "C", id) WHERE deleted_at IS NULL;
CREATE INDEX ix_app_user_email_c_id ON app_user (email COLLATE "C", id) WHERE deleted_at IS NULL;

DROP INDEX ix_app_user_name_id;
DROP INDEX ix_app_user_email_id;
