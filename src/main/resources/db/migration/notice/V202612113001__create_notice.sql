-- The municipality's web notice board (anslagstavla, kommunallagen 8 kap. 10-12 §§): notices with
-- their posting and removal dates. A notice is shown from posted_on up to, not including,
-- removed_on. A correction keeps the text it replaces in notice_version.
CREATE TABLE notice (
    notice_id          UUID PRIMARY KEY,
    municipality_id    UUID        NOT NULL REFERENCES municipality (municipality_id),
    kind               TEXT        NOT NULL,
    title              TEXT        NOT NULL,
    body               TEXT        NOT NULL,
    meeting_date       DATE,
    adjusted_on        DATE,
    protocol_location  TEXT        NOT NULL DEFAULT '',
    posted_on          DATE        NOT NULL,
    removed_on         DATE        NOT NULL,
    source_reference   TEXT        NOT NULL DEFAULT '',
    -- the kinds of personal data screening found when the text was last saved, comma-separated
    flags              TEXT        NOT NULL DEFAULT '',
    -- posted by another module with a flagged text: shown nowhere until staff have checked it
    held               BOOLEAN     NOT NULL DEFAULT FALSE,
    corrected_at       TIMESTAMPTZ,
    created_by         UUID REFERENCES staff_account (account_id),
    created_at         TIMESTAMPTZ NOT NULL,
    version            INT         NOT NULL DEFAULT 0,
    CHECK (removed_on > posted_on)
);
CREATE INDEX notice_board ON notice (municipality_id, posted_on DESC, removed_on);

-- The earlier wording of a corrected notice, one row per correction.
CREATE TABLE notice_version (
    notice_id          UUID        NOT NULL REFERENCES notice (notice_id),
    municipality_id    UUID        NOT NULL REFERENCES municipality (municipality_id),
    version            INT         NOT NULL,
    title              TEXT        NOT NULL,
    body               TEXT        NOT NULL,
    meeting_date       DATE,
    adjusted_on        DATE,
    protocol_location  TEXT        NOT NULL DEFAULT '',
    removed_on         DATE        NOT NULL,
    replaced_at        TIMESTAMPTZ NOT NULL,
    replaced_by        UUID REFERENCES staff_account (account_id),
    PRIMARY KEY (notice_id, version)
);

-- A notice's PDF attachment (the protocol or the kungörelse itself), checked by its content.
CREATE TABLE notice_attachment (
    notice_id          UUID PRIMARY KEY REFERENCES notice (notice_id),
    municipality_id    UUID        NOT NULL REFERENCES municipality (municipality_id),
    file_name          TEXT        NOT NULL,
    size_bytes         INT         NOT NULL,
    content            BYTEA       NOT NULL
);
