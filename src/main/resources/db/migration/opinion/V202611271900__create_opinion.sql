-- Opinion mapping per dialogue: statements, pseudonymous participants, votes and the latest result.
CREATE TABLE opinion_conversation (
    municipality_id          UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id              UUID        NOT NULL,
    open_in_steps            TEXT[]      NOT NULL DEFAULT '{PERSPECTIVES}',
    next_statement_number    INTEGER     NOT NULL DEFAULT 1,
    next_participant_number  INTEGER     NOT NULL DEFAULT 1,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, dialogue_id)
);

CREATE TABLE opinion_statement (
    statement_id     UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL,
    dialogue_id      UUID        NOT NULL,
    number           INTEGER     NOT NULL,
    text             TEXT        NOT NULL,
    origin           TEXT        NOT NULL CHECK (origin IN ('SEEDED', 'PARTICIPANT', 'IMPORTED')),
    visibility       TEXT        NOT NULL CHECK (visibility IN ('PENDING', 'SHOWN', 'HIDDEN')),
    author_participant_id UUID,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (municipality_id, dialogue_id) REFERENCES opinion_conversation (municipality_id, dialogue_id),
    UNIQUE (municipality_id, dialogue_id, number)
);

-- The cookie holds a random per-dialogue pseudonym; only its hash is kept. Imported participants have none.
CREATE TABLE opinion_participant (
    participant_id   UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL,
    dialogue_id      UUID        NOT NULL,
    number           INTEGER     NOT NULL,
    pseudonym_hash   TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (municipality_id, dialogue_id) REFERENCES opinion_conversation (municipality_id, dialogue_id),
    UNIQUE (municipality_id, dialogue_id, number),
    UNIQUE (municipality_id, dialogue_id, pseudonym_hash)
);

-- One row per participant and statement: a new vote replaces the old one.
CREATE TABLE opinion_vote (
    municipality_id  UUID        NOT NULL,
    dialogue_id      UUID        NOT NULL,
    participant_id   UUID        NOT NULL REFERENCES opinion_participant (participant_id),
    statement_id     UUID        NOT NULL REFERENCES opinion_statement (statement_id),
    vote             TEXT        NOT NULL CHECK (vote IN ('AGREE', 'DISAGREE', 'PASS')),
    voted_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (participant_id, statement_id)
);
CREATE INDEX opinion_vote_dialogue ON opinion_vote (municipality_id, dialogue_id, voted_at);

-- The latest computed opinion map per dialogue, as JSON.
CREATE TABLE opinion_result (
    municipality_id  UUID        NOT NULL,
    dialogue_id      UUID        NOT NULL,
    result           JSONB       NOT NULL,
    vote_count       INTEGER     NOT NULL,
    computed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (municipality_id, dialogue_id),
    FOREIGN KEY (municipality_id, dialogue_id) REFERENCES opinion_conversation (municipality_id, dialogue_id)
);
