-- Dialogue sessions (dialoggrupper, SKR step 3): planned meetings of a dialogue, what came of them
-- (attendance as counts only, neutral notes, agreements) and the addresses of invited participants,
-- which are kept only until the dialogue reaches step 7 or 60 days after the session.
CREATE TABLE dialogue_session (
    session_id          UUID PRIMARY KEY,
    municipality_id     UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id         UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    format              TEXT        NOT NULL CHECK (format IN ('PHYSICAL', 'DIGITAL', 'HYBRID')),
    title               TEXT        NOT NULL,
    agenda              TEXT        NOT NULL DEFAULT '',
    venue               TEXT        NOT NULL DEFAULT '',
    step_free           BOOLEAN     NOT NULL DEFAULT FALSE,
    hearing_loop        BOOLEAN     NOT NULL DEFAULT FALSE,
    accessible_toilet   BOOLEAN     NOT NULL DEFAULT FALSE,
    public_transport    BOOLEAN     NOT NULL DEFAULT FALSE,
    accessibility_note  TEXT        NOT NULL DEFAULT '',
    digital_link        TEXT        NOT NULL DEFAULT '',
    material_links      TEXT        NOT NULL DEFAULT '',
    session_date        DATE        NOT NULL,
    start_time          TIME        NOT NULL,
    end_time            TIME        NOT NULL CHECK (end_time > start_time),
    material_token_hash TEXT        NOT NULL UNIQUE,
    attended            INT         CHECK (attended >= 0),
    notes               TEXT        NOT NULL DEFAULT '',
    notes_flagged       BOOLEAN     NOT NULL DEFAULT FALSE,
    notes_published_at  TIMESTAMPTZ,
    created_by          UUID        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    creation_token      UUID        NOT NULL,
    UNIQUE (municipality_id, creation_token)
);
CREATE INDEX dialogue_session_by_dialogue ON dialogue_session (municipality_id, dialogue_id, session_date);

-- Attendance by age band or gender: counts, never names.
CREATE TABLE dialogue_session_attendance (
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    session_id       UUID NOT NULL REFERENCES dialogue_session (session_id) ON DELETE CASCADE,
    dimension        TEXT NOT NULL CHECK (dimension IN ('AGE', 'GENDER')),
    band             TEXT NOT NULL,
    people           INT  NOT NULL CHECK (people >= 0),
    PRIMARY KEY (session_id, dimension, band)
);

CREATE TABLE dialogue_session_agreement (
    agreement_id     UUID PRIMARY KEY,
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    session_id       UUID NOT NULL REFERENCES dialogue_session (session_id) ON DELETE CASCADE,
    position         INT  NOT NULL,
    text             TEXT NOT NULL
);
CREATE INDEX dialogue_session_agreement_by_session ON dialogue_session_agreement (municipality_id, session_id);

CREATE TABLE dialogue_session_invitee (
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    session_id       UUID        NOT NULL REFERENCES dialogue_session (session_id) ON DELETE CASCADE,
    email            TEXT        NOT NULL,
    invited_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    delete_after     DATE        NOT NULL,
    PRIMARY KEY (session_id, email)
);

-- A municipality's school holidays where they differ from the defaults in code (SchoolHolidays).
CREATE TABLE session_holiday_settings (
    municipality_id  UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    sportlov_week    INT  NOT NULL CHECK (sportlov_week BETWEEN 6 AND 11),
    hostlov_week     INT  NOT NULL CHECK (hostlov_week BETWEEN 42 AND 46),
    summer_start     TEXT NOT NULL CHECK (summer_start ~ '^[01][0-9]-[0-3][0-9]$'),
    summer_end       TEXT NOT NULL CHECK (summer_end ~ '^[01][0-9]-[0-3][0-9]$')
);
