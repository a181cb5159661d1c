-- Map settings per municipality: the bounding box reports must fall within, and the tile layer.
CREATE TABLE place_settings (
    municipality_id   UUID PRIMARY KEY REFERENCES municipality (municipality_id),
    min_latitude      DOUBLE PRECISION NOT NULL,
    max_latitude      DOUBLE PRECISION NOT NULL,
    min_longitude     DOUBLE PRECISION NOT NULL,
    max_longitude     DOUBLE PRECISION NOT NULL,
    tile_url          TEXT NOT NULL DEFAULT '',
    tile_attribution  TEXT NOT NULL DEFAULT '',
    CHECK (min_latitude < max_latitude AND min_longitude < max_longitude)
);

-- Report categories, editable per municipality: top level and sub-categories.
CREATE TABLE place_category (
    category_id      UUID PRIMARY KEY,
    municipality_id  UUID    NOT NULL REFERENCES municipality (municipality_id),
    parent_id        UUID REFERENCES place_category (category_id),
    code             TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('UNSAFE', 'SAFE')),
    name_sv          TEXT    NOT NULL,
    name_en          TEXT    NOT NULL,
    position         INT     NOT NULL DEFAULT 0,
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE (municipality_id, code)
);

-- The municipality's local gazetteer: localities, streets and landmarks with a point.
CREATE TABLE gazetteer_entry (
    entry_id         UUID PRIMARY KEY,
    municipality_id  UUID             NOT NULL REFERENCES municipality (municipality_id),
    name             TEXT             NOT NULL,
    kind             TEXT             NOT NULL CHECK (kind IN ('LOCALITY', 'STREET', 'LANDMARK')),
    latitude         DOUBLE PRECISION NOT NULL,
    longitude        DOUBLE PRECISION NOT NULL
);
CREATE UNIQUE INDEX gazetteer_entry_name ON gazetteer_entry (municipality_id, lower(name), kind);

CREATE TABLE place_report (
    report_id           UUID PRIMARY KEY,
    municipality_id     UUID             NOT NULL REFERENCES municipality (municipality_id),
    category_id         UUID             NOT NULL REFERENCES place_category (category_id),
    latitude            DOUBLE PRECISION NOT NULL,
    longitude           DOUBLE PRECISION NOT NULL,
    route               TEXT             NOT NULL DEFAULT '',
    time_of_day         TEXT             NOT NULL CHECK (time_of_day IN ('DAY', 'EVENING', 'NIGHT')),
    weekday             TEXT,
    description         TEXT             NOT NULL,
    public_text         TEXT,
    flagged             BOOLEAN          NOT NULL,
    status              TEXT             NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED', 'INTERNAL')),
    decision_reason     TEXT             NOT NULL DEFAULT '',
    age_band            TEXT,
    gender              TEXT,
    email               TEXT,
    receipt_token       UUID             NOT NULL UNIQUE,
    private_token_hash  TEXT             NOT NULL UNIQUE,
    agreements          INT              NOT NULL DEFAULT 0,
    reported_at         TIMESTAMPTZ      NOT NULL DEFAULT now(),
    decided_at          TIMESTAMPTZ
);
CREATE INDEX place_report_nearby ON place_report (municipality_id, category_id, reported_at);

-- Photos, re-encoded (metadata stripped) before storage; shown to moderators only.
CREATE TABLE place_photo (
    report_id        UUID PRIMARY KEY REFERENCES place_report (report_id),
    municipality_id  UUID  NOT NULL REFERENCES municipality (municipality_id),
    content_type     TEXT  NOT NULL,
    bytes            BYTEA NOT NULL
);
