-- Private-link tokens sent in "du sa – vi gjorde" digest mails to a reporter: a fresh token per
-- mail, only its SHA-256 kept. Each opens the report's "du sa – vi gjorde" and ends its mails.
CREATE TABLE place_report_link_token (
    token_hash       TEXT        PRIMARY KEY,
    municipality_id  UUID        NOT NULL REFERENCES municipality (municipality_id),
    report_id        UUID        NOT NULL REFERENCES place_report (report_id),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at       TIMESTAMPTZ
);
CREATE INDEX place_report_link_token_report ON place_report_link_token (municipality_id, report_id);

-- The language of the reporter's mails (the receipt's), for the digests that follow.
ALTER TABLE place_report ADD COLUMN email_locale TEXT NOT NULL DEFAULT 'sv';
