-- Problems with the accessibility of the service reported by anyone, for administrators to handle.
CREATE TABLE accessibility_report (
    id               UUID PRIMARY KEY,
    municipality_id  UUID          NOT NULL REFERENCES municipality (municipality_id),
    page_url         VARCHAR(500)  NOT NULL DEFAULT '',
    description      VARCHAR(2000) NOT NULL,
    reply_email      VARCHAR(254)  NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    handled_at       TIMESTAMPTZ
);
CREATE INDEX accessibility_report_newest ON accessibility_report (municipality_id, created_at DESC);
