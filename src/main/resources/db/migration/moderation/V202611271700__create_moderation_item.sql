-- The review queue: every piece of free text submitted by residents waits here before publication.
CREATE TABLE moderation_item (
    item_id          UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    content_type     TEXT        NOT NULL,
    content_id       UUID        NOT NULL,
    original_text    TEXT        NOT NULL,
    public_text      TEXT,
    flagged          BOOLEAN     NOT NULL,
    screening_kinds  TEXT        NOT NULL DEFAULT '',
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'INTERNAL')),
    reason           TEXT        NOT NULL DEFAULT '',
    redacted         BOOLEAN     NOT NULL DEFAULT FALSE,
    decided_by       UUID REFERENCES staff_account (account_id),
    decided_at       TIMESTAMPTZ,
    submitted_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (municipality_id, content_type, content_id)
);
CREATE INDEX moderation_item_queue ON moderation_item (municipality_id, status, submitted_at);

-- Who saw masked personal data unmasked, and why.
CREATE TABLE moderation_unmasking (
    unmasking_id     UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    item_id          UUID        NOT NULL REFERENCES moderation_item (item_id),
    account_id       UUID        NOT NULL REFERENCES staff_account (account_id),
    reason           TEXT        NOT NULL,
    unmasked_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
