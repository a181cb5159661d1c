-- Step 2 of a dialogue: the themes the team defines, the contacts it logs from every channel
-- (counts of people only, never names) and the perspectives heard, stored apart from any person.
CREATE TABLE perspective_theme (
    theme_id        UUID PRIMARY KEY,
    municipality_id UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id     UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    name            TEXT        NOT NULL,
    description     TEXT        NOT NULL DEFAULT '',
    archived        BOOLEAN     NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX perspective_theme_name ON perspective_theme (municipality_id, dialogue_id, lower(name));

CREATE TABLE perspective_contact (
    contact_id      UUID PRIMARY KEY,
    municipality_id UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id     UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    channel         TEXT        NOT NULL,
    contact_date    DATE        NOT NULL,
    area_id         UUID REFERENCES area (area_id),
    people          INTEGER     NOT NULL CHECK (people > 0),
    age_under_18    INTEGER     NOT NULL DEFAULT 0 CHECK (age_under_18 >= 0),
    age_from_18_to_29 INTEGER   NOT NULL DEFAULT 0 CHECK (age_from_18_to_29 >= 0),
    age_from_30_to_49 INTEGER   NOT NULL DEFAULT 0 CHECK (age_from_30_to_49 >= 0),
    age_from_50_to_64 INTEGER   NOT NULL DEFAULT 0 CHECK (age_from_50_to_64 >= 0),
    age_from_65     INTEGER     NOT NULL DEFAULT 0 CHECK (age_from_65 >= 0),
    gender_woman    INTEGER     NOT NULL DEFAULT 0 CHECK (gender_woman >= 0),
    gender_man      INTEGER     NOT NULL DEFAULT 0 CHECK (gender_man >= 0),
    gender_other    INTEGER     NOT NULL DEFAULT 0 CHECK (gender_other >= 0),
    logged_by       UUID        NOT NULL REFERENCES staff_account (account_id),
    logged_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    creation_token  UUID        NOT NULL,
    version         INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX perspective_contact_token ON perspective_contact (municipality_id, creation_token);
CREATE INDEX perspective_contact_by_dialogue ON perspective_contact (municipality_id, dialogue_id, contact_date DESC);

CREATE TABLE perspective (
    perspective_id  UUID PRIMARY KEY,
    municipality_id UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id     UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    contact_id      UUID        NOT NULL REFERENCES perspective_contact (contact_id),
    kind            TEXT        NOT NULL CHECK (kind IN ('STANCE', 'FEELING', 'IDEA')),
    text            TEXT        NOT NULL,
    masked_text     TEXT        NOT NULL,
    flagged         BOOLEAN     NOT NULL,
    minority        BOOLEAN     NOT NULL DEFAULT false,
    dissent         BOOLEAN     NOT NULL DEFAULT false,
    recorded_by     UUID        NOT NULL REFERENCES staff_account (account_id),
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    creation_token  UUID        NOT NULL,
    version         INTEGER     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX perspective_token ON perspective (municipality_id, creation_token);
CREATE INDEX perspective_by_dialogue ON perspective (municipality_id, dialogue_id, recorded_at DESC);
CREATE INDEX perspective_by_contact ON perspective (contact_id);

CREATE TABLE perspective_tag (
    perspective_id  UUID NOT NULL REFERENCES perspective (perspective_id) ON DELETE CASCADE,
    theme_id        UUID NOT NULL REFERENCES perspective_theme (theme_id),
    municipality_id UUID NOT NULL REFERENCES municipality (municipality_id),
    PRIMARY KEY (perspective_id, theme_id)
);
