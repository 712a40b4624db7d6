-- One transfer as Keel makes it, run by pgbench: BEGIN; the SET and the account lock; the lookup of the transfer's id;
-- the four-table write (bench/README.md, TransferPersistenceAdapter's RECORD); COMMIT. pgbench sends each statement on
-- its own (Keel pipelines the first three with the BEGIN), and builds the arrays from its variables with ARRAY[...]
-- where Keel binds them as parameters.
-- Variables (pgbench -D): "accounts", how many of transfer.lua's numbered accounts there are; "admin", the id of the
-- user recorded as the transfers' creator. It writes balances that do not match the entries: run it last.
\set a1 random(1, :accounts)
\set a2 1 + (:a1 + random(0, :accounts - 2)) % :accounts
\set t random(1, 281474976710655)
\set amt random(1, 1000)
\set v1 random(1, 4000000000000000)
\set v2 random(1, 4000000000000000)
BEGIN;
SET LOCAL plan_cache_mode = force_generic_plan;
SELECT id, code, name, currency, owner_id, is_debits_capped, is_credits_capped, debits_posted, credits_posted, debits_pending, credits_pending, version, created_at, closed_at FROM ledger_account WHERE id = ANY (ARRAY[('01910000-0000-7000-8000-' || lpad(to_hex(:a1::bigint), 12, '0'))::uuid, ('01910000-0000-7000-8000-' || lpad(to_hex(:a2::bigint), 12, '0'))::uuid]) ORDER BY id FOR NO KEY UPDATE;
SELECT id, debit_account_id, credit_account_id, amount, currency, is_pending, timeout_seconds, reference, state, posted_amount, expires_at, created_by_id, created_at, resolved_at FROM ledger_transfer WHERE id = ANY (ARRAY[('01920000-0000-4000-8000-' || lpad(to_hex(:t::bigint), 12, '0'))::uuid]);
WITH accounts AS (
       UPDATE ledger_account a
          SET debits_posted = v.debits_posted, credits_posted = v.credits_posted, debits_pending = v.debits_pending,
              credits_pending = v.credits_pending, version = v.version, updated_at = greatest(a.updated_at, now())
         FROM unnest(ARRAY[('01910000-0000-7000-8000-' || lpad(to_hex(:a1::bigint), 12, '0'))::uuid, ('01910000-0000-7000-8000-' || lpad(to_hex(:a2::bigint), 12, '0'))::uuid], ARRAY[:amt, 0]::bigint[], ARRAY[0, :amt]::bigint[], ARRAY[0,0]::bigint[], ARRAY[0,0]::bigint[], ARRAY[:v1, :v2]::bigint[])
              AS v (id, debits_posted, credits_posted, debits_pending, credits_pending, version)
        WHERE a.id = v.id
       RETURNING a.id),
     created AS (
       INSERT INTO ledger_transfer (id, debit_account_id, credit_account_id, amount, currency, is_pending,
                                    timeout_seconds, reference, state, posted_amount, expires_at, created_by_id,
                                    created_at, updated_at, version, resolved_at)
       SELECT v.id, v.debit, v.credit, v.amount, v.currency, v.pending, v.timeout, v.reference, v.state, v.posted,
              v.expires::timestamptz, v.created_by, now(), now(), 0, v.resolved::timestamptz
         FROM unnest(ARRAY[('01920000-0000-4000-8000-' || lpad(to_hex(:t::bigint), 12, '0'))::uuid], ARRAY[('01910000-0000-7000-8000-' || lpad(to_hex(:a1::bigint), 12, '0'))::uuid], ARRAY[('01910000-0000-7000-8000-' || lpad(to_hex(:a2::bigint), 12, '0'))::uuid], ARRAY[:amt]::bigint[], '{EUR}'::text[], '{false}'::boolean[], '{NULL}'::integer[], '{NULL}'::text[],
                     '{POSTED}'::text[], ARRAY[:amt]::bigint[], '{NULL}'::text[], ARRAY[:admin]::uuid[], '{NULL}'::text[])
              AS v (id, debit, credit, amount, currency, pending, timeout, reference, state, posted, expires,
                    created_by, resolved)
       RETURNING id),
     resolved AS (
       UPDATE ledger_transfer t
          SET state = v.state, posted_amount = v.posted, resolved_at = now(), updated_at = greatest(t.updated_at, now()),
              version = t.version + 1
         FROM unnest('{}'::uuid[], '{}'::text[], '{}'::bigint[]) AS v (id, state, posted)
        WHERE t.id = v.id AND t.state = 'PENDING'
       RETURNING t.id),
     entries AS (
       INSERT INTO ledger_entry (id, transfer_id, account_id, side, amount, balance_after, account_version, created_at)
       SELECT uuid_v7(), v.transfer, v.account, v.side, v.amount, v.balance_after, v.version, now()
         FROM unnest(ARRAY[('01920000-0000-4000-8000-' || lpad(to_hex(:t::bigint), 12, '0'))::uuid, ('01920000-0000-4000-8000-' || lpad(to_hex(:t::bigint), 12, '0'))::uuid], ARRAY[('01910000-0000-7000-8000-' || lpad(to_hex(:a1::bigint), 12, '0'))::uuid, ('01910000-0000-7000-8000-' || lpad(to_hex(:a2::bigint), 12, '0'))::uuid], '{DEBIT,CREDIT}'::text[], ARRAY[:amt, :amt]::bigint[], ARRAY[0, 0]::bigint[], ARRAY[:v1, :v2]::bigint[])
              AS v (transfer, account, side, amount, balance_after, version)
       RETURNING id)
SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM created), (SELECT count(*) FROM resolved),
       (SELECT count(*) FROM entries);
COMMIT;
