-- The municipality's own profile (contact, links, logo) and which features it uses.
CREATE TABLE municipality_profile (
    municipality_id   UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    contact_email     TEXT NOT NULL DEFAULT '',
    contact_phone     TEXT NOT NULL DEFAULT '',
    postal_address    TEXT NOT NULL DEFAULT '',
    eservices_url     TEXT NOT NULL DEFAULT '',
    notice_board_url  TEXT NOT NULL DEFAULT '',
    logo              BYTEA,
    logo_type         TEXT,
    logo_changed_at   TIMESTAMPTZ
);

-- A feature without a row is on: a municipality turns off what it does not use.
CREATE TABLE municipality_feature (
    municipality_id  UUID    NOT NULL REFERENCES municipality (municipality_id),
    feature          TEXT    NOT NULL,
    enabled          BOOLEAN NOT NULL,
    PRIMARY KEY (municipality_id, feature)
);
