-- The municipality's privacy notice (personuppgiftspolicy), one row per published version; the
-- newest is the one shown at /personuppgifter.
CREATE TABLE privacy_notice (
    municipality_id   UUID        NOT NULL REFERENCES municipality (municipality_id),
    version           INT         NOT NULL,
    body              TEXT        NOT NULL,
    published_at      TIMESTAMPTZ NOT NULL,
    actor_account_id  UUID,
    PRIMARY KEY (municipality_id, version)
);
