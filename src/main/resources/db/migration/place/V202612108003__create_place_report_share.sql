-- A place report shared with another organisation: an explicit act with a reason (the receiving
-- organisation gets the report in its worklist; unsharing takes it out again).
CREATE TABLE place_report_share (
    report_id        UUID        NOT NULL REFERENCES place_report (report_id),
    organisation_id  UUID        NOT NULL,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    reason           TEXT        NOT NULL,
    shared_by        UUID        NOT NULL,
    shared_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (report_id, organisation_id)
);
