-- Every auditable event of every module, as it happened; rows are only ever inserted.
CREATE TABLE audit_event (
    id                UUID PRIMARY KEY,
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    occurred_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_account_id  UUID,
    action            TEXT        NOT NULL,
    subject           TEXT        NOT NULL,
    details           TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX audit_event_newest ON audit_event (municipality_id, occurred_at DESC);
