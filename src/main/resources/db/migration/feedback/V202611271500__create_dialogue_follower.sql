-- Residents who follow a dialogue by e-mail without an account (double opt-in). Only SHA-256
-- hashes of the random link tokens are stored, so a database copy cannot confirm or unsubscribe.
CREATE TABLE dialogue_follower (
    follower_id             UUID PRIMARY KEY,
    municipality_id         UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id             UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    email                   TEXT        NOT NULL CHECK (length(email) <= 254),
    confirm_token_hash      TEXT UNIQUE,
    unsubscribe_token_hash  TEXT        NOT NULL UNIQUE,
    locale                  TEXT        NOT NULL CHECK (locale IN ('sv', 'en')),
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    confirmation_sent_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    confirmed_at            TIMESTAMPTZ,
    unsubscribed_at         TIMESTAMPTZ
);
-- One active follower per dialogue and address; after unsubscribing, a person may follow again.
CREATE UNIQUE INDEX dialogue_follower_active
    ON dialogue_follower (dialogue_id, lower(email)) WHERE unsubscribed_at IS NULL;
CREATE INDEX dialogue_follower_confirmed
    ON dialogue_follower (municipality_id, dialogue_id)
    WHERE confirmed_at IS NOT NULL AND unsubscribed_at IS NULL;

-- Every mail carries its own unsubscribe link; all links stay valid, so older mails still work.
CREATE TABLE dialogue_follower_unsubscribe_token (
    token_hash       TEXT PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    follower_id      UUID        NOT NULL REFERENCES dialogue_follower (follower_id) ON DELETE CASCADE,
    issued_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_follower_unsubscribe_token_follower
    ON dialogue_follower_unsubscribe_token (follower_id);

-- One notification per follower and step change, even if the event is delivered again.
CREATE TABLE dialogue_follower_notification (
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    follower_id      UUID        NOT NULL REFERENCES dialogue_follower (follower_id) ON DELETE CASCADE,
    step             TEXT        NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    queued_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (follower_id, step, changed_at)
);
