-- Step 0: the backlog of proposed dialogue topics. A resident's proposal keeps no text here until a
-- moderator approves it (the text as sent stays in the moderation queue).
CREATE TABLE topic (
    topic_id           UUID PRIMARY KEY,
    municipality_id    UUID        NOT NULL REFERENCES municipality (municipality_id),
    number             INT         NOT NULL,
    title              TEXT        NOT NULL DEFAULT '',
    description        TEXT        NOT NULL DEFAULT '',
    origin             TEXT        NOT NULL,
    origin_reference   TEXT        NOT NULL DEFAULT '',
    visibility         TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    status_reason      TEXT        NOT NULL DEFAULT '',
    status_changed_at  TIMESTAMPTZ NOT NULL,
    dialogue_id        UUID REFERENCES dialogue (dialogue_id),
    created_by         UUID REFERENCES staff_account (account_id),
    created_at         TIMESTAMPTZ NOT NULL,
    version            INT         NOT NULL DEFAULT 0,
    UNIQUE (municipality_id, number)
);
CREATE INDEX topic_public ON topic (municipality_id, visibility, created_at DESC);

-- A resident who proposed a topic and asked to be told about it (double opt-in). The address is
-- never shown; it is erased when the resident stops the mails.
CREATE TABLE topic_proposer (
    proposer_id           UUID PRIMARY KEY,
    municipality_id       UUID        NOT NULL REFERENCES municipality (municipality_id),
    topic_id              UUID        NOT NULL REFERENCES topic (topic_id),
    email                 TEXT        NOT NULL,
    locale                TEXT        NOT NULL,
    confirm_token_hash    TEXT UNIQUE,
    stop_token_hash       TEXT UNIQUE,
    confirmation_sent_at  TIMESTAMPTZ NOT NULL,
    confirmed_at          TIMESTAMPTZ,
    stopped_at            TIMESTAMPTZ
);
CREATE INDEX topic_proposer_topic ON topic_proposer (municipality_id, topic_id);
