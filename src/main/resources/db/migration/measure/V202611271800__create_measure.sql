-- The register of proposals, commitments and measures (SKR step 4–6, lag 2023:196).
CREATE TABLE measure (
    measure_id        UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    kind              TEXT        NOT NULL CHECK (kind IN ('PROPOSAL', 'COMMITMENT', 'MEASURE')),
    title             TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description       TEXT        NOT NULL,
    horizon           TEXT        NOT NULL CHECK (horizon IN ('SHORT_TERM', 'LONG_TERM')),
    owner             TEXT        NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
    owner_kind        TEXT        NOT NULL CHECK (owner_kind IN ('MUNICIPALITY', 'POLICE', 'HOUSING_COMPANY', 'ASSOCIATION', 'RESIDENTS', 'OTHER')),
    contact           TEXT        NOT NULL DEFAULT '',
    expected_effect   TEXT        NOT NULL DEFAULT '',
    measure_type      TEXT        CHECK (measure_type IN ('SITUATIONAL', 'SOCIAL')),
    area_id           UUID,
    status            TEXT        NOT NULL CHECK (status IN ('PROPOSED', 'DECIDED', 'IN_PROGRESS', 'DONE', 'CLOSED_WITHOUT_ACTION')),
    follow_up_on      DATE,
    version           INTEGER     NOT NULL DEFAULT 0,
    creation_token    UUID        NOT NULL UNIQUE,
    created_by        UUID,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX measure_municipality ON measure (municipality_id, created_at);

-- The problems and inputs a measure answers, by reference only (the input lives in its module).
CREATE TABLE measure_link (
    measure_id        UUID        NOT NULL REFERENCES measure (measure_id),
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    input_type        TEXT        NOT NULL,
    input_id          UUID        NOT NULL,
    label             TEXT        NOT NULL,
    linked_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    linked_by         UUID,
    PRIMARY KEY (measure_id, input_type, input_id)
);
CREATE INDEX measure_link_input ON measure_link (municipality_id, input_type, input_id);

-- Dated progress updates; a status change is always recorded as one.
CREATE TABLE measure_progress (
    progress_id       UUID PRIMARY KEY,
    measure_id        UUID        NOT NULL REFERENCES measure (measure_id),
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    status            TEXT        NOT NULL,
    note              TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by       UUID
);
CREATE INDEX measure_progress_measure ON measure_progress (measure_id, recorded_at);

-- The decision on a proposal (SKR step 5).
CREATE TABLE measure_decision (
    decision_id       UUID PRIMARY KEY,
    measure_id        UUID        NOT NULL REFERENCES measure (measure_id),
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    body              TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 200),
    decided_on        DATE        NOT NULL,
    paragraph         TEXT        NOT NULL DEFAULT '',
    registration_number TEXT      NOT NULL DEFAULT '',
    outcome           TEXT        NOT NULL CHECK (outcome IN ('APPROVED', 'REJECTED', 'PARTLY_APPROVED', 'NO_ACTION')),
    reasons           TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by       UUID
);
CREATE INDEX measure_decision_measure ON measure_decision (measure_id, recorded_at);

-- "Du sa – vi gjorde": the published reason an input was not used.
CREATE TABLE input_not_used (
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    input_type        TEXT        NOT NULL,
    input_id          UUID        NOT NULL,
    reason            TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by       UUID,
    PRIMARY KEY (municipality_id, input_type, input_id)
);

-- Åtgärdsplan: every adopted version is a snapshot, so earlier versions stay readable as adopted.
CREATE TABLE action_plan_version (
    plan_version_id   UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    version_number    INTEGER     NOT NULL,
    title             TEXT        NOT NULL,
    introduction      TEXT        NOT NULL DEFAULT '',
    adopted_by        TEXT        NOT NULL,
    adopted_on        DATE        NOT NULL,
    paragraph         TEXT        NOT NULL DEFAULT '',
    registration_number TEXT      NOT NULL DEFAULT '',
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by       UUID,
    UNIQUE (municipality_id, version_number)
);

CREATE TABLE action_plan_item (
    plan_version_id   UUID        NOT NULL REFERENCES action_plan_version (plan_version_id),
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    position          INTEGER     NOT NULL,
    measure_id        UUID        NOT NULL REFERENCES measure (measure_id),
    title             TEXT        NOT NULL,
    description       TEXT        NOT NULL,
    owner             TEXT        NOT NULL,
    horizon           TEXT        NOT NULL,
    measure_type      TEXT,
    status            TEXT        NOT NULL,
    expected_effect   TEXT        NOT NULL,
    follow_up_on      DATE,
    problems          TEXT        NOT NULL,
    PRIMARY KEY (plan_version_id, position)
);

-- Medborgarlöften.
CREATE TABLE citizen_promise (
    promise_id        UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    party             TEXT        NOT NULL CHECK (party IN ('MUNICIPALITY', 'POLICE', 'BOTH')),
    focus_area        TEXT        NOT NULL,
    period_start      DATE        NOT NULL,
    period_end        DATE        NOT NULL,
    promise_text      TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'FULFILLED', 'NOT_FULFILLED')),
    evidence          TEXT        NOT NULL DEFAULT '',
    version           INTEGER     NOT NULL DEFAULT 0,
    creation_token    UUID        NOT NULL UNIQUE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by        UUID,
    CHECK (period_end >= period_start)
);

CREATE TABLE citizen_promise_activity (
    promise_id        UUID        NOT NULL REFERENCES citizen_promise (promise_id),
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    measure_id        UUID        NOT NULL REFERENCES measure (measure_id),
    PRIMARY KEY (promise_id, measure_id)
);

CREATE TABLE citizen_promise_evidence (
    promise_id        UUID        NOT NULL REFERENCES citizen_promise (promise_id),
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    input_type        TEXT        NOT NULL,
    input_id          UUID        NOT NULL,
    label             TEXT        NOT NULL,
    PRIMARY KEY (promise_id, input_type, input_id)
);

-- Response tasks: a nämnd or organisation that received results must respond by a deadline.
CREATE TABLE response_task (
    task_id           UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    measure_id        UUID        REFERENCES measure (measure_id),
    recipient         TEXT        NOT NULL,
    subject           TEXT        NOT NULL,
    due_on            DATE        NOT NULL,
    response          TEXT,
    responded_at      TIMESTAMPTZ,
    escalated_at      TIMESTAMPTZ,
    version           INTEGER     NOT NULL DEFAULT 0,
    creation_token    UUID        NOT NULL UNIQUE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by        UUID
);
CREATE INDEX response_task_open ON response_task (municipality_id, due_on) WHERE responded_at IS NULL;

-- Digest notifications: entries wait until the daily job sends at most one mail per person and day.
CREATE TABLE measure_digest_entry (
    entry_id          UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    recipient         TEXT        NOT NULL,
    locale            TEXT        NOT NULL,
    unsubscribe_url   TEXT        NOT NULL,
    private_url       TEXT        NOT NULL,
    measure_id        UUID        NOT NULL REFERENCES measure (measure_id),
    input_type        TEXT        NOT NULL,
    input_id          UUID        NOT NULL,
    event_key         TEXT        NOT NULL,
    line              TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at           TIMESTAMPTZ,
    UNIQUE (municipality_id, recipient, event_key)
);
CREATE INDEX measure_digest_entry_unsent ON measure_digest_entry (municipality_id) WHERE sent_at IS NULL;

CREATE TABLE measure_digest_sent (
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    recipient         TEXT        NOT NULL,
    sent_on           DATE        NOT NULL,
    PRIMARY KEY (municipality_id, recipient, sent_on)
);
