-- Every status change of a topic with its public reason, shown on the public topic page. The
-- topic row keeps the current status; this table keeps the way there.
CREATE TABLE topic_status_change (
    change_id        BIGSERIAL PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    topic_id         UUID        NOT NULL REFERENCES topic (topic_id),
    status           TEXT        NOT NULL,
    reason           TEXT        NOT NULL DEFAULT '',
    changed_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX topic_status_change_topic ON topic_status_change (municipality_id, topic_id, changed_at);

-- Topics changed before the history existed keep their current status as its one entry.
INSERT INTO topic_status_change (municipality_id, topic_id, status, reason, changed_at)
SELECT municipality_id, topic_id, status, status_reason, status_changed_at
FROM topic WHERE status <> 'NEW';
