-- The trygghetssamordnare's EST week: one per municipality and ISO week. Holds counts only at
-- display time (aggregated from field_event and place_report); what is stored here is the
-- coordinator's own work: the checklist, the actions planned for next week and their follow-up.
CREATE TABLE est_week (
    week_id          UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    iso_year         INT         NOT NULL,
    iso_week         INT         NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
    status           TEXT        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    started_by       UUID        REFERENCES staff_account (account_id),
    started_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_by        UUID        REFERENCES staff_account (account_id),
    closed_at        TIMESTAMPTZ,
    UNIQUE (municipality_id, iso_year, iso_week)
);

-- One row per checklist item that has been worked on; the item keys are defined in code.
CREATE TABLE est_week_check (
    week_id       UUID        NOT NULL REFERENCES est_week (week_id),
    item_key      TEXT        NOT NULL,
    done          BOOLEAN     NOT NULL,
    done_by       UUID        REFERENCES staff_account (account_id),
    done_by_name  TEXT        NOT NULL DEFAULT '',
    done_at       TIMESTAMPTZ,
    note          TEXT        NOT NULL DEFAULT '',
    PRIMARY KEY (week_id, item_key)
);

-- Actions planned in a week for the next one: measures in the measure register, by reference.
CREATE TABLE est_week_action (
    week_id     UUID        NOT NULL REFERENCES est_week (week_id),
    measure_id  UUID        NOT NULL,
    planned_by  UUID        REFERENCES staff_account (account_id),
    planned_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (week_id, measure_id)
);

-- The follow-up, recorded in a later week, of an action planned in the week before.
CREATE TABLE est_week_follow_up (
    week_id      UUID        NOT NULL REFERENCES est_week (week_id),
    measure_id   UUID        NOT NULL,
    outcome      TEXT        NOT NULL CHECK (outcome IN ('DONE', 'PARTLY', 'NOT_DONE')),
    comment      TEXT        NOT NULL DEFAULT '',
    recorded_by  UUID        REFERENCES staff_account (account_id),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (week_id, measure_id)
);

-- The public weekly report generated from a week; public only once PUBLISHED (after approval).
CREATE TABLE weekly_report (
    report_id        UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    week_id          UUID        NOT NULL UNIQUE REFERENCES est_week (week_id),
    iso_year         INT         NOT NULL,
    iso_week         INT         NOT NULL,
    title            TEXT        NOT NULL,
    appeal           TEXT        NOT NULL DEFAULT '',
    presence         TEXT        NOT NULL DEFAULT '',
    activities       TEXT        NOT NULL DEFAULT '',
    status           TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED')),
    return_comment   TEXT        NOT NULL DEFAULT '',
    created_by       UUID        REFERENCES staff_account (account_id),
    submitted_by     UUID        REFERENCES staff_account (account_id),
    submitted_at     TIMESTAMPTZ,
    approved_by      UUID        REFERENCES staff_account (account_id),
    published_at     TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX weekly_report_published ON weekly_report (municipality_id, status, iso_year DESC, iso_week DESC);

-- "Incidenter och åtgärder per plats": one row per place.
CREATE TABLE weekly_report_place (
    report_id  UUID NOT NULL REFERENCES weekly_report (report_id),
    position   INT  NOT NULL,
    place      TEXT NOT NULL,
    incidents  TEXT NOT NULL DEFAULT '',
    actions    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, position)
);
