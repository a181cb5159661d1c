-- The personal-data incident log (GDPR Art. 33): what happened, when it was discovered, the data and
-- people concerned, the risk, the 72-hour deadline to report to IMY, decisions and actions.
CREATE TABLE personal_data_incident (
    incident_id          UUID PRIMARY KEY,
    municipality_id      UUID        NOT NULL REFERENCES municipality (municipality_id),
    number               INT         NOT NULL,
    title                TEXT        NOT NULL,
    what_happened        TEXT        NOT NULL,
    discovered_at        TIMESTAMPTZ NOT NULL,
    data_concerned       TEXT        NOT NULL DEFAULT '',
    people_estimate      INT         NOT NULL DEFAULT 0 CHECK (people_estimate >= 0),
    risk                 TEXT        NOT NULL,
    risk_assessment      TEXT        NOT NULL DEFAULT '',
    reported_to_imy_on   DATE,
    imy_reference        TEXT        NOT NULL DEFAULT '',
    not_reported_reason  TEXT        NOT NULL DEFAULT '',
    closed_at            TIMESTAMPTZ,
    reminder_sent_at     TIMESTAMPTZ,
    recorded_by          UUID        NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    version              INT         NOT NULL DEFAULT 0,
    UNIQUE (municipality_id, number)
);
CREATE INDEX personal_data_incident_open ON personal_data_incident (discovered_at)
    WHERE closed_at IS NULL AND reported_to_imy_on IS NULL AND reminder_sent_at IS NULL;

-- Decisions and actions taken on an incident, each dated.
CREATE TABLE personal_data_incident_action (
    action_id        UUID PRIMARY KEY,
    incident_id      UUID        NOT NULL REFERENCES personal_data_incident (incident_id),
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    taken_on         DATE        NOT NULL,
    text             TEXT        NOT NULL,
    recorded_by      UUID        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX personal_data_incident_action_by_incident ON personal_data_incident_action (incident_id, taken_on);
