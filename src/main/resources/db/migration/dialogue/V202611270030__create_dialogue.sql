CREATE TABLE dialogue (
    dialogue_id              UUID PRIMARY KEY,
    municipality_id          UUID        NOT NULL REFERENCES municipality (municipality_id),
    title                    TEXT        NOT NULL,
    summary                  TEXT        NOT NULL,
    area_id                  UUID REFERENCES area (area_id),
    topic_origin             TEXT        NOT NULL,
    origin_reference         TEXT        NOT NULL DEFAULT '',
    decision_body_id         UUID        NOT NULL REFERENCES organisation (organisation_id),
    decision_date            DATE        NOT NULL,
    decision_paragraph       TEXT        NOT NULL,
    decision_registration    TEXT        NOT NULL,
    purpose_influence        TEXT        NOT NULL DEFAULT '',
    purpose_basis            TEXT        NOT NULL DEFAULT '',
    local_goals              TEXT        NOT NULL DEFAULT '',
    can_be_influenced        BOOLEAN,
    influence_note           TEXT        NOT NULL DEFAULT '',
    participation_level_id   UUID REFERENCES participation_level (level_id),
    conflict_level           TEXT,
    conflict_analysis        TEXT        NOT NULL DEFAULT '',
    target_groups            TEXT        NOT NULL DEFAULT '',
    rarely_heard_groups      TEXT        NOT NULL DEFAULT '',
    documentation_plan       TEXT        NOT NULL DEFAULT '',
    contact_email            TEXT        NOT NULL DEFAULT '',
    current_step             TEXT        NOT NULL,
    version                  INT         NOT NULL DEFAULT 0,
    creation_token           UUID        NOT NULL UNIQUE,
    created_by               UUID REFERENCES staff_account (account_id),
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    search                   TSVECTOR GENERATED ALWAYS AS (
                                 to_tsvector('swedish', title || ' ' || summary)) STORED
);
CREATE INDEX dialogue_municipality ON dialogue (municipality_id, created_at DESC);
CREATE INDEX dialogue_search ON dialogue USING GIN (search);

-- The neutral dialogue team.
CREATE TABLE dialogue_team_member (
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id      UUID NOT NULL REFERENCES dialogue (dialogue_id),
    account_id       UUID NOT NULL REFERENCES staff_account (account_id),
    team_role        TEXT NOT NULL,
    PRIMARY KEY (dialogue_id, account_id)
);

-- Planned dates per step (the timeline shown to residents).
CREATE TABLE dialogue_step_plan (
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id      UUID NOT NULL REFERENCES dialogue (dialogue_id),
    step             TEXT NOT NULL,
    planned_start    DATE,
    planned_end      DATE,
    PRIMARY KEY (dialogue_id, step)
);

-- Every step change with its published feedback (återkoppling); public history.
CREATE TABLE dialogue_step_change (
    change_id        UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id      UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    from_step        TEXT,
    to_step          TEXT        NOT NULL,
    feedback         TEXT        NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by       UUID REFERENCES staff_account (account_id)
);
CREATE INDEX dialogue_step_change_dialogue ON dialogue_step_change (dialogue_id, changed_at);
