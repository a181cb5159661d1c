-- The rumour log (R38): rumours the trygghetssamordnare has seen and the official clarifications.
-- The rumour text is internal; only the clarification (and, if the coordinator chose to, a short
-- public summary of the rumour) is shown on /trygghet/fortydliganden while published.
CREATE TABLE rumour (
    rumour_id            UUID PRIMARY KEY,
    municipality_id      UUID        NOT NULL REFERENCES municipality (municipality_id),
    content              TEXT        NOT NULL,
    channel              TEXT        NOT NULL
        CHECK (channel IN ('FACEBOOK', 'INSTAGRAM', 'TIKTOK', 'SNAPCHAT', 'SCHOOL', 'OTHER')),
    seen_at              TIMESTAMPTZ NOT NULL,
    area_id              UUID REFERENCES area (area_id),
    clarification        TEXT        NOT NULL DEFAULT '',
    public_summary       TEXT        NOT NULL DEFAULT '',
    published_at         TIMESTAMPTZ,
    recorded_by          UUID        NOT NULL REFERENCES staff_account (account_id),
    recorded_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX rumour_by_time ON rumour (municipality_id, seen_at DESC);
CREATE INDEX rumour_published ON rumour (municipality_id, published_at DESC) WHERE published_at IS NOT NULL;
