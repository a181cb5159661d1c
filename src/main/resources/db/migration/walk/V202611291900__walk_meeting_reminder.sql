-- One row per reminder mail: meeting 1, 2 or 3 of a walk to one registration. The reminder job
-- claims the row (INSERT ... ON CONFLICT DO NOTHING) in the same transaction that queues the
-- mail, so two app nodes or a rerun never send the same reminder twice. A meeting is reminded
-- once: if a re-plan moves it after its reminder went out, no second reminder is sent.
CREATE TABLE walk_meeting_reminder (
    walk_id          UUID        NOT NULL REFERENCES walk (walk_id),
    meeting          INT         NOT NULL CHECK (meeting BETWEEN 1 AND 3),
    registration_id  UUID        NOT NULL REFERENCES walk_registration (registration_id),
    sent_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (walk_id, meeting, registration_id)
);
