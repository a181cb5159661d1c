-- Retention classes: per municipality and kind of record, how many months an item is kept before
-- its personal data is disposed of (gallring), and the municipality's decision that says so. No
-- row, or no months, means keep: nothing is disposed of without a decision.
CREATE TABLE retention_class (
    municipality_id     UUID        NOT NULL REFERENCES municipality (municipality_id),
    kind                TEXT        NOT NULL,
    months              INT         CHECK (months BETWEEN 1 AND 1200),
    decision_reference  TEXT        NOT NULL DEFAULT '',
    changed_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (municipality_id, kind)
);

-- One run of the disposal job (dry or real), with what it found or disposed of.
CREATE TABLE disposal_run (
    run_id           UUID PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    started_at       TIMESTAMPTZ NOT NULL,
    dry_run          BOOLEAN     NOT NULL,
    item_count       INT         NOT NULL DEFAULT 0,
    actor_account_id UUID
);
CREATE INDEX disposal_run_newest ON disposal_run (municipality_id, started_at DESC);

-- Each item disposed of, once: the primary key is the claim that keeps two runs (or two nodes)
-- from disposing of the same item twice. No personal data: kind, id, decision and time only.
CREATE TABLE disposal_item (
    kind                TEXT        NOT NULL,
    item_id             UUID        NOT NULL,
    municipality_id     UUID        NOT NULL REFERENCES municipality (municipality_id),
    run_id              UUID        NOT NULL REFERENCES disposal_run (run_id),
    decision_reference  TEXT        NOT NULL,
    disposed_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, item_id)
);
CREATE INDEX disposal_item_by_run ON disposal_item (run_id);
