-- Idempotency-Key records: a claim while the first request runs, then its response for replay (24 h).
CREATE TABLE idempotency_key (
    id               uuid        NOT NULL,
    request_key      text        NOT NULL,
    fingerprint      text        NOT NULL,
    status           text        NOT NULL,
    response_status  integer     NULL,
    response_headers text[]      NULL,
    response_body    text        NULL,
    locked_until     timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (id),
    CONSTRAINT uq_idempotency_key_request_key UNIQUE (request_key),
    CONSTRAINT ck_idempotency_key_request_key_length CHECK (char_length(request_key) BETWEEN 1 AND 255),
    CONSTRAINT ck_idempotency_key_status CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT ck_idempotency_key_completed_has_response
        CHECK (status = 'IN_PROGRESS' OR (response_status IS NOT NULL AND response_body IS NOT NULL)),
    CONSTRAINT ck_idempotency_key_version CHECK (version >= 0)
);

-- The purge job deletes by expiry.
CREATE INDEX ix_idempotency_key_expires_at ON idempotency_key (expires_at);
