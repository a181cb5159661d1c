-- The case file of a medborgarförslag (a topic of origin CITIZEN_PROPOSAL, ADR 0015): registered
-- with a diarienummer, referred to a nämnd whose answer is a response task of the measure module,
-- the nämnd's answer as published, and the decision with its outcome and reasons. One row per
-- topic; every step is shown on the public topic page.
CREATE TABLE topic_case (
    topic_id            UUID PRIMARY KEY REFERENCES topic (topic_id),
    municipality_id     UUID        NOT NULL REFERENCES municipality (municipality_id),
    registration        TEXT        NOT NULL,
    registered_at       TIMESTAMPTZ NOT NULL,
    referred_to         UUID REFERENCES organisation (organisation_id),
    response_task_id    UUID,
    due_on              DATE,
    referred_at         TIMESTAMPTZ,
    answer              TEXT,
    answered_at         TIMESTAMPTZ,
    decided_by          UUID REFERENCES organisation (organisation_id),
    decision_date       DATE,
    decision_paragraph  TEXT,
    outcome             TEXT,
    reasons             TEXT,
    decided_at          TIMESTAMPTZ,
    version             INT         NOT NULL DEFAULT 0,
    UNIQUE (municipality_id, registration)
);
CREATE INDEX topic_case_task ON topic_case (municipality_id, response_task_id);
