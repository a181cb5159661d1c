-- The municipality's small-cell threshold: participation tables show a count below it as < n.
CREATE TABLE participation_setting (
    municipality_id  UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    suppression_threshold INT NOT NULL CHECK (suppression_threshold BETWEEN 2 AND 100)
);

-- The team's recorded gap check (har vi missat någon?) for a dialogue; the newest counts.
CREATE TABLE participation_gap_check (
    check_id          UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    dialogue_id       UUID        NOT NULL REFERENCES dialogue (dialogue_id),
    findings          TEXT        NOT NULL,
    missing_groups    TEXT        NOT NULL,
    actions           TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    recorded_by       UUID        NOT NULL,
    recorded_by_name  TEXT        NOT NULL
);
CREATE INDEX participation_gap_check_dialogue
    ON participation_gap_check (municipality_id, dialogue_id, recorded_at DESC);
