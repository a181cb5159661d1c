-- Safety surveys (trygghetsmätningar): a survey has versioned questions and rounds with opening and
-- closing dates. A question edited after it has answers becomes a new version (same code, new id);
-- the old version stays for the answers it has.
CREATE TABLE survey (
    survey_id        UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    title            TEXT        NOT NULL,
    intro            TEXT        NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX survey_municipality ON survey (municipality_id, created_at DESC);

CREATE TABLE survey_question (
    question_id      UUID PRIMARY KEY,
    municipality_id  UUID    NOT NULL REFERENCES municipality (municipality_id),
    survey_id        UUID    NOT NULL REFERENCES survey (survey_id),
    code             TEXT    NOT NULL,
    version          INT     NOT NULL,
    current          BOOLEAN NOT NULL DEFAULT TRUE,
    archived         BOOLEAN NOT NULL DEFAULT FALSE,
    page             INT     NOT NULL,
    position         INT     NOT NULL,
    kind             TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    options          TEXT    NOT NULL DEFAULT '',
    min_value        INT,
    max_value        INT,
    condition_code   TEXT    NOT NULL DEFAULT '',
    condition_value  TEXT    NOT NULL DEFAULT '',
    UNIQUE (survey_id, code, version)
);
CREATE INDEX survey_question_survey ON survey_question (municipality_id, survey_id, page, position);

CREATE TABLE survey_round (
    round_id         UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    survey_id        UUID        NOT NULL REFERENCES survey (survey_id),
    title            TEXT        NOT NULL,
    opens            DATE        NOT NULL,
    closes           DATE        NOT NULL,
    open_link        BOOLEAN     NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX survey_round_survey ON survey_round (municipality_id, survey_id);

-- Personal invitation codes. Deliberately nothing here can be joined to a response: no response
-- id, no time of use (only that it was used), random ids.
CREATE TABLE survey_invitation (
    invitation_id    UUID PRIMARY KEY,
    municipality_id  UUID    NOT NULL REFERENCES municipality (municipality_id),
    round_id         UUID    NOT NULL REFERENCES survey_round (round_id),
    code             TEXT    NOT NULL UNIQUE,
    email            TEXT    NOT NULL DEFAULT '',
    used             BOOLEAN NOT NULL DEFAULT FALSE,
    reminded         BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX survey_invitation_round ON survey_invitation (municipality_id, round_id, used);

-- A response being filled in, page by page (the save-and-continue link is its token). It is
-- deleted when the response is sent, and with it the only tie to an invitation code.
CREATE TABLE survey_draft (
    draft_id         UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    round_id         UUID        NOT NULL REFERENCES survey_round (round_id),
    token_hash       TEXT        NOT NULL UNIQUE,
    invitation_id    UUID REFERENCES survey_invitation (invitation_id) ON DELETE CASCADE,
    page             INT         NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE TABLE survey_draft_answer (
    draft_id         UUID NOT NULL REFERENCES survey_draft (draft_id) ON DELETE CASCADE,
    question_id      UUID NOT NULL REFERENCES survey_question (question_id),
    value            TEXT NOT NULL
);
CREATE INDEX survey_draft_answer_draft ON survey_draft_answer (draft_id);

-- A sent response: the background the resident chose to give and the channel; the day only.
CREATE TABLE survey_response (
    response_id      UUID PRIMARY KEY,
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    round_id         UUID NOT NULL REFERENCES survey_round (round_id),
    channel          TEXT NOT NULL,
    area_code        TEXT,
    age_band         TEXT,
    gender           TEXT,
    received_on      DATE NOT NULL
);
CREATE INDEX survey_response_round ON survey_response (municipality_id, round_id);

-- The values of one response, one row per chosen value; free text flagged by screening is never
-- shown on a public page.
CREATE TABLE survey_answer (
    response_id      UUID    NOT NULL REFERENCES survey_response (response_id) ON DELETE CASCADE,
    question_id      UUID    NOT NULL REFERENCES survey_question (question_id),
    value            TEXT    NOT NULL,
    flagged          BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX survey_answer_response ON survey_answer (response_id);
CREATE INDEX survey_answer_question ON survey_answer (question_id);
