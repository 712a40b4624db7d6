-- Failed sign-in attempts, one row each (never updated), by subject: the SHA-256 of an e-mail or a client address.
-- Throttling counts a subject's rows within its window; a purge job deletes old ones.
CREATE TABLE sign_in_failure (
    id         uuid        NOT NULL,
    subject    text        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    CONSTRAINT pk_sign_in_failure PRIMARY KEY (id),
    CONSTRAINT ck_sign_in_failure_subject_length CHECK (char_length(subject) BETWEEN 1 AND 100),
    CONSTRAINT ck_sign_in_failure_version CHECK (version >= 0),
    CONSTRAINT ck_sign_in_failure_updated_at CHECK (updated_at >= created_at)
);

CREATE INDEX ix_sign_in_failure_subject_created_at ON sign_in_failure (subject, created_at DESC);
CREATE INDEX ix_sign_in_failure_created_at ON sign_in_failure (created_at);
