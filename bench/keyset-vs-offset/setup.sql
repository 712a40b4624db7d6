-- Loads N live users into app_user (schema from the Flyway migrations) for the paging benchmark.
-- psql -v users=1000000 -f setup.sql
INSERT INTO app_user (id, email, name, role, status, password_hash, created_at, updated_at, version)
SELECT gen_random_uuid(),
       'user' || g || '@example.com',
       'User ' || g,
       CASE WHEN g % 10 = 0 THEN 'ADMIN' ELSE 'MEMBER' END,
       'ACTIVE',
       '$argon2id$not-a-real-hash',
       timestamptz '2026-01-01' + g * interval '1 second',
       timestamptz '2026-01-01' + g * interval '1 second',
       0
  FROM generate_series(1, :users) AS g;
VACUUM ANALYZE app_user;
