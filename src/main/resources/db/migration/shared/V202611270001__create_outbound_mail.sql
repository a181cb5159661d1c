-- Mail is queued in the same transaction as the change that causes it and sent by a background
-- worker with retries, so a briefly unavailable SMTP server never loses a message.
CREATE TABLE outbound_mail (
    id               UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL,
    recipient        TEXT        NOT NULL,
    subject          TEXT        NOT NULL,
    body             TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at          TIMESTAMPTZ,
    last_error       TEXT
);
CREATE INDEX outbound_mail_pending ON outbound_mail (next_attempt_at) WHERE sent_at IS NULL;
