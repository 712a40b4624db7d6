-- The session purge finds sessions that expired or were revoked before a cut-off.
CREATE INDEX ix_user_session_expires_at ON user_session (expires_at);
CREATE INDEX ix_user_session_revoked_at ON user_session (revoked_at) WHERE revoked_at IS NOT NULL;
