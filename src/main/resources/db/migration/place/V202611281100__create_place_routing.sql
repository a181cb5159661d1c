-- Which organisations act on reports of each category.
CREATE TABLE place_category_route (
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    category_id      UUID NOT NULL REFERENCES place_category (category_id),
    organisation_id  UUID NOT NULL,
    PRIMARY KEY (municipality_id, category_id, organisation_id)
);

-- An approved report in an organisation's worklist, with its current status.
CREATE TABLE place_report_assignment (
    report_id        UUID        NOT NULL REFERENCES place_report (report_id),
    organisation_id  UUID        NOT NULL,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    status           TEXT        NOT NULL DEFAULT 'NEW'
                     CHECK (status IN ('NEW', 'IN_PROGRESS', 'RESOLVED', 'NO_ACTION')),
    reason           TEXT        NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by       UUID,
    PRIMARY KEY (report_id, organisation_id)
);
CREATE INDEX place_report_assignment_worklist
    ON place_report_assignment (municipality_id, organisation_id, created_at);

-- Every status change, shown to the reporter.
CREATE TABLE place_report_status_change (
    change_id        UUID        PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    report_id        UUID        NOT NULL REFERENCES place_report (report_id),
    organisation_id  UUID        NOT NULL,
    status           TEXT        NOT NULL,
    reason           TEXT        NOT NULL DEFAULT '',
    changed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by       UUID
);
CREATE INDEX place_report_status_change_report
    ON place_report_status_change (municipality_id, report_id, changed_at);

-- Campaigns: a time-limited invitation to report on a topic, optionally linked to a dialogue.
CREATE TABLE place_campaign (
    campaign_id      UUID PRIMARY KEY,
    municipality_id  UUID NOT NULL REFERENCES municipality (municipality_id),
    topic            TEXT NOT NULL,
    area_id          UUID,
    starts_on        DATE NOT NULL,
    ends_on          DATE NOT NULL,
    dialogue_id      UUID,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (starts_on <= ends_on)
);
ALTER TABLE place_report ADD COLUMN campaign_id UUID REFERENCES place_campaign (campaign_id);
