-- The ledger: accounts with running totals, transfers (posted at once, or pending until posted, voided or expired) and
-- the append-only entries of everything posted. Amounts are bigint minor units of the char(3) currency. The database
-- holds the invariants itself: no account beyond its own limit, no negative total, a closed account empty, entries
-- never changed.
CREATE TABLE ledger_account (
    id                 uuid        NOT NULL,
    code               text        NULL,
    name               text        NOT NULL,
    currency           char(3)     NOT NULL,
    owner_id           uuid        NULL,
    is_debits_capped   boolean     NOT NULL,
    is_credits_capped  boolean     NOT NULL,
    debits_posted      bigint      NOT NULL,
    credits_posted     bigint      NOT NULL,
    debits_pending     bigint      NOT NULL,
    credits_pending    bigint      NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL,
    closed_at          timestamptz NULL,
    CONSTRAINT pk_ledger_account PRIMARY KEY (id),
    CONSTRAINT fk_ledger_account_owner_id_app_user FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_ledger_account_code CHECK (code ~ '^[A-Za-z0-9._:-]{1,64}$'),
    CONSTRAINT ck_ledger_account_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT ck_ledger_account_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_ledger_account_one_cap CHECK (NOT (is_debits_capped AND is_credits_capped)),
    CONSTRAINT ck_ledger_account_totals CHECK (debits_posted >= 0 AND credits_posted >= 0 AND debits_pending >= 0
                                               AND credits_pending >= 0),
    -- debitsMustNotExceedCredits / creditsMustNotExceedDebits, pending amounts included.
    CONSTRAINT ck_ledger_account_debits_capped CHECK (NOT is_debits_capped OR debits_posted + debits_pending <= credits_posted),
    CONSTRAINT ck_ledger_account_credits_capped CHECK (NOT is_credits_capped OR credits_posted + credits_pending <= debits_posted),
    CONSTRAINT ck_ledger_account_closed_empty CHECK (closed_at IS NULL OR (debits_posted = credits_posted
                                                     AND debits_pending = 0 AND credits_pending = 0)),
    CONSTRAINT ck_ledger_account_version CHECK (version >= 0),
    CONSTRAINT ck_ledger_account_updated_at CHECK (updated_at >= created_at)
);

CREATE UNIQUE INDEX uq_ledger_account_code ON ledger_account (code);
-- A user's accounts newest first (also the index of the owner foreign key); everyone's, for administrators.
CREATE INDEX ix_ledger_account_owner_id_created_at_id ON ledger_account (owner_id, created_at, id);
CREATE INDEX ix_ledger_account_created_at_id ON ledger_account (created_at, id);

CREATE TABLE ledger_transfer (
    id                uuid        NOT NULL,
    debit_account_id  uuid        NOT NULL,
    credit_account_id uuid        NOT NULL,
    amount            bigint      NOT NULL,
    currency          char(3)     NOT NULL,
    is_pending        boolean     NOT NULL,
    timeout_seconds   integer     NULL,
    reference         text        NULL,
    state             text        NOT NULL,
    posted_amount     bigint      NULL,
    expires_at        timestamptz NULL,
    created_by_id     uuid        NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    resolved_at       timestamptz NULL,
    CONSTRAINT pk_ledger_transfer PRIMARY KEY (id),
    CONSTRAINT fk_ledger_transfer_debit_account_id_ledger_account FOREIGN KEY (debit_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_ledger_transfer_credit_account_id_ledger_account FOREIGN KEY (credit_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_ledger_transfer_created_by_id_app_user FOREIGN KEY (created_by_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_ledger_transfer_accounts CHECK (debit_account_id <> credit_account_id),
    CONSTRAINT ck_ledger_transfer_amount CHECK (amount BETWEEN 1 AND 9007199254740991),
    CONSTRAINT ck_ledger_transfer_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_ledger_transfer_state CHECK (state IN ('PENDING', 'POSTED', 'VOIDED', 'EXPIRED')),
    CONSTRAINT ck_ledger_transfer_posted_amount CHECK ((state = 'POSTED') = (posted_amount IS NOT NULL)
                                                       AND (posted_amount IS NULL OR posted_amount BETWEEN 1 AND amount)),
    CONSTRAINT ck_ledger_transfer_pending CHECK (is_pending OR state = 'POSTED'),
    CONSTRAINT ck_ledger_transfer_timeout CHECK (timeout_seconds IS NULL OR (is_pending AND timeout_seconds >= 1)),
    CONSTRAINT ck_ledger_transfer_reference_length CHECK (char_length(reference) BETWEEN 1 AND 255),
    CONSTRAINT ck_ledger_transfer_version CHECK (version >= 0),
    CONSTRAINT ck_ledger_transfer_updated_at CHECK (updated_at >= created_at)
);

-- An account's transfers newest first (also the indexes of the account foreign keys); everyone's; the sweeper's queue.
CREATE INDEX ix_ledger_transfer_debit_account_id_created_at_id ON ledger_transfer (debit_account_id, created_at, id);
CREATE INDEX ix_ledger_transfer_credit_account_id_created_at_id ON ledger_transfer (credit_account_id, created_at, id);
CREATE INDEX ix_ledger_transfer_created_by_id ON ledger_transfer (created_by_id);
CREATE INDEX ix_ledger_transfer_created_at_id ON ledger_transfer (created_at, id);
CREATE INDEX ix_ledger_transfer_expires_at_pending ON ledger_transfer (expires_at) WHERE state = 'PENDING' AND expires_at IS NOT NULL;

-- One row per side of everything posted, with the account's running balance and version right after it.
CREATE TABLE ledger_entry (
    id              uuid        NOT NULL,
    transfer_id     uuid        NOT NULL,
    account_id      uuid        NOT NULL,
    side            text        NOT NULL,
    amount          bigint      NOT NULL,
    balance_after   bigint      NOT NULL,
    account_version bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT pk_ledger_entry PRIMARY KEY (id),
    CONSTRAINT fk_ledger_entry_transfer_id_ledger_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id),
    CONSTRAINT fk_ledger_entry_account_id_ledger_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
    CONSTRAINT ck_ledger_entry_side CHECK (side IN ('DEBIT', 'CREDIT')),
    CONSTRAINT ck_ledger_entry_amount CHECK (amount >= 1)
);

CREATE UNIQUE INDEX uq_ledger_entry_account_id_account_version ON ledger_entry (account_id, account_version);
CREATE INDEX ix_ledger_entry_transfer_id ON ledger_entry (transfer_id);
CREATE INDEX ix_ledger_entry_account_id_created_at ON ledger_entry (account_id, created_at);

CREATE FUNCTION refuse_ledger_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only' USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_entry_change();
