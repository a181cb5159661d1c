-- Field reports (händelserapporter) filed by rapportörer: one report holds one or more events.
-- Internal working material for the EST week: never published as such, and it holds no names —
-- people are counted, never identified, and every free text is screened for personal data.
CREATE TABLE field_report (
    report_id            UUID PRIMARY KEY,
    municipality_id      UUID        NOT NULL REFERENCES municipality (municipality_id),
    -- A key the form generates once; a resubmission with the same key returns the same report.
    submission_key       UUID        NOT NULL,
    reporter_account_id  UUID        NOT NULL REFERENCES staff_account (account_id),
    reporter_kind        TEXT        NOT NULL
        CHECK (reporter_kind IN ('TRYGGHETSVARD', 'FALTARE', 'BOVARD', 'VAKTARE', 'OTHER')),
    organisation_id      UUID REFERENCES organisation (organisation_id),
    filed_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (municipality_id, submission_key)
);
CREATE INDEX field_report_by_reporter ON field_report (municipality_id, reporter_account_id, filed_at);

CREATE TABLE field_event (
    event_id          UUID PRIMARY KEY,
    report_id         UUID             NOT NULL REFERENCES field_report (report_id),
    municipality_id   UUID             NOT NULL REFERENCES municipality (municipality_id),
    position          INT              NOT NULL CHECK (position >= 0),
    -- A place category (place module, §2a/§2b of the domain requirements).
    category_id       UUID             NOT NULL REFERENCES place_category (category_id),
    latitude          DOUBLE PRECISION NOT NULL,
    longitude         DOUBLE PRECISION NOT NULL,
    -- The gazetteer name chosen or searched for, or '' when the point was set on the map.
    place_name        TEXT             NOT NULL DEFAULT '',
    area_id           UUID REFERENCES area (area_id),
    started_at        TIMESTAMPTZ      NOT NULL,
    ended_at          TIMESTAMPTZ      NOT NULL,
    people_involved   INT              NOT NULL CHECK (people_involved BETWEEN 0 AND 500),
    police_contacted  BOOLEAN          NOT NULL,
    -- Free texts, screened: flagged is true when the screening found possible personal data.
    what_happened     TEXT             NOT NULL,
    action_taken      TEXT             NOT NULL DEFAULT '',
    flagged           BOOLEAN          NOT NULL DEFAULT FALSE,
    CHECK (ended_at >= started_at),
    UNIQUE (report_id, position)
);
CREATE INDEX field_event_by_time ON field_event (municipality_id, started_at);
